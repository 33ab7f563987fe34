package dev.bankstream.segment.topology;

import static dev.bankstream.segment.topology.Customers.AFFLUENT_INACTIVE;
import static dev.bankstream.segment.topology.Customers.START;
import static dev.bankstream.segment.topology.Customers.YOUNG_CITY_WOMAN;
import static dev.bankstream.segment.topology.Customers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.serialization.LongSerializer;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.Gender;
import dev.bankstream.segment.Behaviours;

class SegmentBadInputTest {

    private static final byte[] ACCOUNT_1 = new LongSerializer().serialize(Topics.ACCOUNT_BEHAVIOUR.name(), 1L);

    @Test
    void undecodableSnapshotIsDeadLetteredWithItsBytesAndReason() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given bytes that are not a snapshot in Confluent's wire format
            byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

            // When they arrive
            harness.rawBehaviour.pipeInput(ACCOUNT_1, garbage);

            // Then they go to the dead letters, untouched, with the reason, and the stream goes on
            DeadLetter letter = harness.deadLetters.readValue();
            assertThat(letter.getService()).isEqualTo("segment-service");
            assertThat(letter.getSourceTopic()).isEqualTo(Topics.ACCOUNT_BEHAVIOUR.name());
            assertThat(letter.getReason()).startsWith("UNDECODABLE: ");
            assertThat(letter.getValue()).isEqualTo(ByteBuffer.wrap(garbage));
            assertThat(harness.counter("bankstream.segment.dead.letters", "reason", "UNDECODABLE")).isEqualTo(1);
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            assertThat(harness.changes.readValuesToList()).hasSize(2);
        }
    }

    @Test
    void snapshotWhoseKeyNamesAnotherAccountIsDeadLettered() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given a snapshot of account 2 keyed as account 1
            AccountBehaviour other = snapshot(2, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN);

            // When it arrives
            harness.behaviour.pipeInput(1L, other);

            // Then it is refused as invalid, and nobody is placed
            assertThat(harness.deadLetters.readValue().getReason())
                    .isEqualTo("INVALID: key says account 1 but the record is about account 2");
            assertThat(harness.changes.isEmpty()).isTrue();
        }
    }

    @Test
    void snapshotMissingTooManyFeaturesOfOneSegmentationIsDeadLetteredForThatOneOnly() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account whose owner and district are unknown (5 of 6 demographic features missing)
            AccountBehaviour anonymous = AccountBehaviour.newBuilder(snapshot(1, START, AFFLUENT_INACTIVE,
                    YOUNG_CITY_WOMAN)).setOwnerAge(null).setOwnerGender(Gender.UNKNOWN).setDistrict(null).build();

            // When its snapshot arrives
            harness.send(anonymous);

            // Then it is placed behaviourally, and dead-lettered demographically with the features it lacks
            assertThat(harness.changes.readValuesToList()).extracting(c -> c.getSegmentation())
                    .containsExactly("behavioural");
            DeadLetter letter = harness.deadLetters.readValue();
            assertThat(letter.getReason()).startsWith("demographic MISSING_FEATURES: 5 of 6")
                    .contains("ownerAge", "female", "districtAverageSalary");
            assertThat(harness.counter("bankstream.segment.dead.letters", "reason", "MISSING_FEATURES",
                    "segmentation", "demographic")).isEqualTo(1);
            assertThat(harness.assignments.readValue().getAssignments()).hasSize(1);
        }
    }

    @Test
    void snapshotOfAnAccountWithoutHistoryIsDeadLetteredInBothSegmentations() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account just opened: no transactions, owner unknown
            harness.send(Behaviours.empty(1).build());

            // Then no segmentation can place it, each says why, and no change is emitted
            List<DeadLetter> letters = harness.deadLetters.readValuesToList();
            assertThat(letters).extracting(DeadLetter::getReason)
                    .anySatisfy(reason -> assertThat(reason).startsWith("behavioural MISSING_FEATURES"))
                    .anySatisfy(reason -> assertThat(reason).startsWith("demographic MISSING_FEATURES"));
            assertThat(harness.changes.isEmpty()).isTrue();
            assertThat(harness.assignments.isEmpty()).isTrue();
        }
    }
}
