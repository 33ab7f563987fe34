package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.common.serialization.LongSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.scoring.model.Algorithm;

/** Snapshots that cannot be scored go to scoring.dead-letters with the reason, and are counted. */
class BadSnapshotTest {

    private static final LocalDate DAY = LocalDate.of(1996, 6, 3);

    private ScoringHarness harness;

    @BeforeEach
    void start() {
        harness = new ScoringHarness();
        harness.publish(PublishedModels.of(TrainedModels.model(Algorithm.LOGISTIC_REGRESSION),
                Instant.parse("1999-01-01T12:00:00Z")));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aBorrowerWithoutRecentHistoryIsDeadLetteredWithTheReason() {
        // Given a borrower whose last 90 days show no transaction at all
        AccountBehaviour stale = AccountBehaviour.newBuilder(Borrowers.borrower(30, DAY, 1.0))
                .setCredits(dev.bankstream.scoring.Behaviours.flows(0, 0, 0, 0, 3, 60_000))
                .setDebits(dev.bankstream.scoring.Behaviours.flows(0, 0, 0, 0, 3, 50_000))
                .build();

        // When it is scored
        harness.send(stale);

        // Then no model flag, one dead letter saying what is missing, with the original record, and a counter
        assertThat(harness.flagsFor(30, RiskFlags.LOAN_DEFAULT_RISK)).isEmpty();
        List<DeadLetter> letters = harness.deadLetters.readValuesToList();
        assertThat(letters).hasSize(1);
        DeadLetter letter = letters.get(0);
        assertThat(letter.getReason()).startsWith("INCOMPLETE: no transactions in the 90 days");
        assertThat(letter.getService()).isEqualTo("scoring-service");
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.ACCOUNT_BEHAVIOUR.name());
        assertThat(letter.getValue()).isNotNull();
        assertThat(harness.counter("bankstream.scoring.dead.letters", "reason", "INCOMPLETE")).isEqualTo(1);
    }

    @Test
    void anUndecodableSnapshotIsDeadLetteredAndTheNextIsScored() {
        // When garbage arrives, then a good snapshot
        harness.rawBehaviour.pipeInput(new LongSerializer().serialize("", 31L),
                "not avro".getBytes(StandardCharsets.UTF_8));
        harness.send(Borrowers.borrower(32, DAY, 1.0));

        // Then the garbage is a dead letter with its bytes, and the good snapshot is flagged
        DeadLetter letter = harness.deadLetters.readValue();
        assertThat(letter.getReason()).startsWith("UNDECODABLE: ");
        assertThat(StandardCharsets.UTF_8.decode(letter.getValue()).toString()).isEqualTo("not avro");
        assertThat(harness.flagsFor(32, RiskFlags.LOAN_DEFAULT_RISK)).hasSize(1);
        assertThat(harness.counter("bankstream.scoring.dead.letters", "reason", "UNDECODABLE")).isEqualTo(1);
    }

    @Test
    void aSnapshotFiledUnderAnotherAccountIsDeadLettered() {
        // When account 33's snapshot arrives keyed as account 34
        harness.behaviour.pipeInput(34L, Borrowers.borrower(33, DAY, 1.0));

        // Then it is invalid, not scored
        assertThat(harness.deadLetters.readValue().getReason())
                .isEqualTo("INVALID: key says account 34 but the record is about account 33");
        assertThat(harness.flags.isEmpty()).isTrue();
    }
}
