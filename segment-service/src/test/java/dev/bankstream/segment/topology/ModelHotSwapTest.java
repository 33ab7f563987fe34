package dev.bankstream.segment.topology;

import static dev.bankstream.segment.topology.Customers.AFFLUENT_INACTIVE;
import static dev.bankstream.segment.topology.Customers.START;
import static dev.bankstream.segment.topology.Customers.YOUNG_CITY_WOMAN;
import static dev.bankstream.segment.topology.Customers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.segment.model.Segmentation;

class ModelHotSwapTest {

    @Test
    void aNewVersionIsUsedForTheNextSnapshotsAndKeepsSegmentIds() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account placed by the first behavioural model
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            SegmentChange before = behavioural(harness);
            PublishedModel retrained = SegmentHarness.trained().retrained().get(0);
            assertThat(retrained.getVersion()).isNotEqualTo(before.getModelVersion());

            // When a retrained version is published
            harness.publish(retrained);

            // Then the next account is placed by it, in the segment of the same id
            harness.send(snapshot(2, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            SegmentChange after = behavioural(harness);
            assertThat(after.getModelVersion()).isEqualTo(retrained.getVersion());
            assertThat(after.getToSegment().getId()).isEqualTo(before.getToSegment().getId());
            assertThat(harness.models.now().segmentation(Segmentation.BEHAVIOURAL)
                    .orElseThrow().version()).isEqualTo(retrained.getVersion());
        }
    }

    @Test
    void aCorruptModelIsRefusedAndThePreviousOneStays() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given the first behavioural model in service
            String inService = SegmentHarness.trained().first().get(0).getVersion();

            // When a version whose payload does not match its hash is published, then bytes that are no model at all
            PublishedModel tampered = PublishedModel.newBuilder(SegmentHarness.trained().retrained().get(0)).build();
            byte[] payload = tampered.getPayload().array().clone();
            payload[payload.length - 1] ^= 1;
            tampered.setPayload(ByteBuffer.wrap(payload));
            harness.publish(tampered);
            harness.rawModelTopic.pipeInput(tampered.getName(), "garbage".getBytes(StandardCharsets.UTF_8));

            // Then both are refused and counted, and the next account is placed by the model in service
            assertThat(harness.counter("bankstream.segment.models", "outcome", "refused",
                    "model", "segmentation-behavioural")).isEqualTo(2);
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            assertThat(behavioural(harness).getModelVersion()).isEqualTo(inService);
        }
    }

    @Test
    void anotherServicesModelIsIgnored() {
        try (SegmentHarness harness = new SegmentHarness()) {
            // Given a model of the scoring service on the shared models topic
            PublishedModel loanDefault = PublishedModel.newBuilder(SegmentHarness.trained().recommender())
                    .setName("loan-default").build();

            // When it is published
            harness.publish(loanDefault);

            // Then it is neither taken into service nor refused
            assertThat(harness.models.now().offersModel()).isEmpty();
            assertThat(harness.meters.find("bankstream.segment.models").counters()).isEmpty();
        }
    }

    private static SegmentChange behavioural(SegmentHarness harness) {
        return harness.changes.readValuesToList().stream().filter(c -> c.getSegmentation().equals("behavioural"))
                .findFirst().orElseThrow();
    }
}
