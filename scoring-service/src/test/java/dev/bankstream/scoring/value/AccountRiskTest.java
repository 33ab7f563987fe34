package dev.bankstream.scoring.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.RiskLevel;

/** The risk score formula and when a score is published again. */
class AccountRiskTest {

    private static final LocalDate DAY = LocalDate.of(1996, 3, 4);

    @Test
    void aModelProbabilityIsTheRiskScoreWhateverTheRulesSay() {
        assertThat(AccountRisk.riskScore(0.07, List.of(RiskLevel.CRITICAL))).isEqualTo(0.07);
    }

    @Test
    void withoutAProbabilityRaisedRulesCombineAsIndependentEvidence() {
        assertThat(AccountRisk.riskScore(null, List.of())).isZero();
        assertThat(AccountRisk.riskScore(null, List.of(RiskLevel.MEDIUM))).isEqualTo(0.25);
        // 1 - (1 - 0.5)(1 - 0.5)
        assertThat(AccountRisk.riskScore(null, List.of(RiskLevel.HIGH, RiskLevel.HIGH))).isCloseTo(0.75, within(1e-12));
        assertThat(AccountRisk.riskScore(null, List.of(RiskLevel.CRITICAL, RiskLevel.CRITICAL, RiskLevel.CRITICAL,
                RiskLevel.CRITICAL))).isLessThan(1);
    }

    @Test
    void theFirstScoreOfAnAccountIsPublished() {
        assertThat(new ScoreChanges(0.01).decide(Optional.empty(), score(DAY, 0.1, 0.5, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
    }

    @Test
    void aLaterDayIsPublishedOnlyWhenSomethingMoved() {
        ScoreChanges changes = new ScoreChanges(0.01);
        Optional<AccountScore> last = Optional.of(score(DAY, 0.10, 0.50, 0, null));

        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.105, 0.495, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.UNCHANGED);
        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.12, 0.50, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.10, 0.48, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.10, 0.50, 1, null)))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.10, 0.50, 0, "v2")))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
    }

    @Test
    void aSecondScoreForTheSameOrAnEarlierDayIsNotPublished() {
        ScoreChanges changes = new ScoreChanges(0.01);
        Optional<AccountScore> last = Optional.of(score(DAY, 0.10, 0.50, 0, null));

        assertThat(changes.decide(last, score(DAY, 0.90, 0.50, 3, null))).isEqualTo(ScoreChanges.Outcome.NOT_NEWER);
        assertThat(changes.decide(last, score(DAY.minusDays(1), 0.90, 0.50, 3, null)))
                .isEqualTo(ScoreChanges.Outcome.NOT_NEWER);
    }

    @Test
    void withNoMinimumAnyMovePublishesButStillnessDoesNot() {
        ScoreChanges changes = new ScoreChanges(0);
        Optional<AccountScore> last = Optional.of(score(DAY, 0.10, 0.50, 0, null));

        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.10, 0.50, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.UNCHANGED);
        assertThat(changes.decide(last, score(DAY.plusDays(1), 0.1001, 0.50, 0, null)))
                .isEqualTo(ScoreChanges.Outcome.PUBLISHED);
    }

    private static AccountScore score(LocalDate day, double risk, double value, int rules, String modelVersion) {
        return AccountScore.newBuilder()
                .setAccountId(1)
                .setAsOfDate(day)
                .setDefaultProbability(modelVersion == null ? null : risk)
                .setActiveRuleFlags(rules)
                .setRiskScore(risk)
                .setValueScore(value)
                .setModelVersion(modelVersion)
                .build();
    }
}
