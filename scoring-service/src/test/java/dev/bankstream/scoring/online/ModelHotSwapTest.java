package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;

/** Models arrive on the models topic while snapshots are scored: a new version takes over, a broken one does not. */
class ModelHotSwapTest {

    private static final LocalDate DAY = LocalDate.of(1996, 6, 3);

    private final LoanDefaultModel linear = TrainedModels.model(Algorithm.LOGISTIC_REGRESSION);
    private final PublishedModel first = PublishedModels.of(linear, Instant.parse("1999-01-01T12:00:00Z"));
    private ScoringHarness harness;

    @BeforeEach
    void start() {
        harness = new ScoringHarness();
        harness.publish(first);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aNewModelVersionScoresTheNextSnapshotAndIsNamedInItsFlag() {
        // Given a borrower flagged by the first model
        harness.send(Borrowers.borrower(10, DAY, 1.0));
        assertThat(harness.flagsFor(10, RiskFlags.LOAN_DEFAULT_RISK)).extracting(RiskFlag::getModelVersion)
                .containsExactly(first.getVersion());

        // When gradient-boosted trees are published as a new version, without a restart
        LoanDefaultModel trees = TrainedModels.model(Algorithm.XGBOOST);
        PublishedModel second = PublishedModels.of(trees, Instant.parse("1999-02-01T12:00:00Z"));
        harness.publish(second);
        harness.send(Borrowers.borrower(11, DAY, 1.0));

        // Then the next borrower's flag comes from the new version, with its probability
        RiskFlag flag = harness.flagsFor(11, RiskFlags.LOAN_DEFAULT_RISK).get(0);
        assertThat(flag.getModelVersion()).isEqualTo(second.getVersion());
        assertThat(flag.getScore()).isEqualTo(Borrowers.probability(trees, Borrowers.borrower(11, DAY, 1.0)));
        assertThat(harness.models.current().orElseThrow().version()).isEqualTo(second.getVersion());
        assertThat(harness.counter("bankstream.scoring.model.activated", "model", ModelPackage.LOAN_DEFAULT))
                .isEqualTo(2);
    }

    @Test
    void aScorerPinnedToAVersionPassesEveryOtherVersionBy() {
        // Given a scorer pinned to the second of two published versions
        PublishedModel second = PublishedModels.of(TrainedModels.model(Algorithm.XGBOOST),
                Instant.parse("1999-02-01T12:00:00Z"));
        ActiveModels pinned = new ActiveModels(harness.metrics, Clock.systemUTC(),
                Optional.of(second.getVersion()));

        // When both arrive, the pinned one first, then the older one as a newer record
        assertThat(pinned.offer(second)).isEqualTo(ActiveModels.Outcome.ACTIVATED);
        assertThat(pinned.offer(first)).isEqualTo(ActiveModels.Outcome.NOT_PINNED);

        // Then the pinned version stays in service and nothing was refused
        assertThat(pinned.current().orElseThrow().version()).isEqualTo(second.getVersion());
        assertThat(pinned.lastRefusal()).isEmpty();
    }

    @Test
    void aCorruptModelIsRefusedAndThePreviousStaysInService() {
        // When a damaged copy of a newer model is published
        PublishedModel damaged = PublishedModels.corrupted(
                PublishedModels.of(linear, Instant.parse("1999-03-01T12:00:00Z")));
        harness.publish(damaged);
        harness.send(Borrowers.borrower(12, DAY, 1.0));

        // Then it is refused, visibly and counted, and the first model still scores
        assertThat(harness.models.lastRefusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.version()).isEqualTo(damaged.getVersion());
            assertThat(refusal.reason()).contains("SHA-256");
        });
        assertThat(harness.counter("bankstream.scoring.model.refused", "model", ModelPackage.LOAN_DEFAULT))
                .isEqualTo(1);
        assertThat(harness.flagsFor(12, RiskFlags.LOAN_DEFAULT_RISK)).extracting(RiskFlag::getModelVersion)
                .containsExactly(first.getVersion());
    }

    @Test
    void anUndecodableModelRecordIsRefusedLikeACorruptModel() {
        // When bytes that are not a PublishedModel arrive on the models topic
        harness.rawPublished.pipeInput(ModelPackage.LOAN_DEFAULT.getBytes(StandardCharsets.UTF_8),
                "not a model".getBytes(StandardCharsets.UTF_8));

        // Then the refusal says where it was, and the first model stays
        assertThat(harness.models.lastRefusal()).hasValueSatisfying(refusal ->
                assertThat(refusal.version()).contains("undecodable record at models-0@"));
        assertThat(harness.models.current().orElseThrow().version()).isEqualTo(first.getVersion());
    }
}
