package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;

/** Borrowers scored by the loan-default model in service: one flag per crossing, again when the level rises. */
class ModelFlagTest {

    private static final LocalDate DAY = LocalDate.of(1996, 6, 3);

    private final LoanDefaultModel model = TrainedModels.model(Algorithm.LOGISTIC_REGRESSION);
    private final PublishedModel published = PublishedModels.of(model, Instant.parse("1999-01-01T12:00:00Z"));
    private ScoringHarness harness;

    @BeforeEach
    void start() {
        harness = new ScoringHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aBorrowerWhoseScoreCrossesTheThresholdRaisesOneFlagWithReasonsAndTheModelVersion() {
        // Given a model in service and a borrower just above its threshold
        harness.publish(published);
        double threshold = model.threshold();
        Instant before = Instant.now();

        // When the borrower's snapshots go from safe to risky
        harness.send(Borrowers.withProbability(model, 1, DAY, threshold * 0.5));
        harness.send(Borrowers.withProbability(model, 1, DAY.plusDays(1), threshold + 0.01));

        // Then exactly one LOW flag, from the model, naming its version, with the reasons and the snapshot's date
        List<RiskFlag> flags = harness.flagsFor(1, RiskFlags.LOAN_DEFAULT_RISK);
        assertThat(flags).hasSize(1);
        RiskFlag flag = flags.get(0);
        assertThat(flag.getSource()).isEqualTo(FlagSource.MODEL);
        assertThat(flag.getLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(flag.getPreviousLevel()).isNull();
        assertThat(flag.getModelName()).isEqualTo(ModelPackage.LOAN_DEFAULT);
        assertThat(flag.getModelVersion()).isEqualTo(published.getVersion());
        assertThat(flag.getEventDate()).isEqualTo(DAY.plusDays(1));
        assertThat(flag.getScore()).isBetween(threshold, threshold + 0.011);
        assertThat(flag.getEmittedAt()).isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(flag.getReasons()).isNotEmpty();
        assertThat(flag.getReasons()).extracting(Reason::getFeature)
                .containsAnyOf("loan.paymentToIncome", "balance.min.90d");
        assertThat(flag.getReasons()).allSatisfy(reason -> assertThat(reason.getExplanation()).contains("typical"));
        assertThat(harness.counter("bankstream.scoring.flags", "kind", RiskFlags.LOAN_DEFAULT_RISK, "level", "LOW"))
                .isEqualTo(1);
        assertThat(harness.meters.find("bankstream.scoring.latency").timer().count()).isEqualTo(1);
    }

    @Test
    void aScoreFlappingAroundTheThresholdRaisesNoFurtherFlags() {
        // Given a flagged borrower
        harness.publish(published);
        double threshold = model.threshold();
        harness.send(Borrowers.withProbability(model, 2, DAY, threshold + 0.01));

        // When the score dips below the threshold (not below the reset line) and comes back, again and again
        for (int day = 1; day <= 6; day++) {
            double probability = day % 2 == 1 ? threshold * 0.9 : threshold + 0.01;
            harness.send(Borrowers.withProbability(model, 2, DAY.plusDays(day), probability));
        }

        // Then the first crossing is the only flag
        assertThat(harness.flagsFor(2, RiskFlags.LOAN_DEFAULT_RISK)).hasSize(1);
    }

    @Test
    void aRisingLevelRaisesASecondFlagAndAResetRearms() {
        // Given a borrower flagged LOW
        harness.publish(published);
        double threshold = model.threshold();
        harness.send(Borrowers.withProbability(model, 3, DAY, threshold + 0.01));

        // When the score reaches HIGH, falls below the reset line, then crosses again
        harness.send(Borrowers.withProbability(model, 3, DAY.plusDays(1), threshold + (1 - threshold) * 0.6));
        harness.send(Borrowers.withProbability(model, 3, DAY.plusDays(2), threshold * 0.5));
        harness.send(Borrowers.withProbability(model, 3, DAY.plusDays(3), threshold + 0.01));

        // Then LOW, HIGH (previous LOW), and LOW again after the reset (previous HIGH)
        assertThat(harness.flagsFor(3, RiskFlags.LOAN_DEFAULT_RISK))
                .extracting(RiskFlag::getLevel, RiskFlag::getPreviousLevel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RiskLevel.LOW, null),
                        org.assertj.core.groups.Tuple.tuple(RiskLevel.HIGH, RiskLevel.LOW),
                        org.assertj.core.groups.Tuple.tuple(RiskLevel.LOW, RiskLevel.HIGH));
    }

    @Test
    void untilAModelIsPublishedBorrowersGetRuleFlagsOnly() {
        // Given no model in service
        // When a borrower who would be very risky is scored
        harness.send(Borrowers.borrower(4, DAY, 1.0));

        // Then no model flag, and the snapshot is counted as seen by the rules only
        assertThat(harness.flagsFor(4, RiskFlags.LOAN_DEFAULT_RISK)).isEmpty();
        assertThat(harness.counter("bankstream.scoring.model.scorings", "outcome", "NO_MODEL")).isEqualTo(1);
        assertThat(harness.models.current()).isEmpty();
    }
}
