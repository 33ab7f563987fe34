package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.scoring.Behaviours;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.value.ValueScorer;
import dev.bankstream.scoring.value.ValueSettings;

/** Every scored snapshot may update the account's risk x value score on risk.scores, once a day and when it moved. */
class AccountScoreTopologyTest {

    private static final LocalDate DAY = LocalDate.of(1996, 6, 3);

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
    void aHealthyAccountWithoutLoanGetsZeroRiskAndItsValueScore() {
        // Given an ordinary salaried account without a loan
        AccountBehaviour healthy = Behaviours.ordinary(31, DAY).build();

        // When it is scored
        harness.send(healthy);

        // Then one score: no probability, no rule raised, the value scorer's figure
        List<AccountScore> scores = harness.scores.readValuesToList();
        assertThat(scores).hasSize(1);
        AccountScore score = scores.get(0);
        assertThat(score.getAccountId()).isEqualTo(31);
        assertThat(score.getAsOfDate()).isEqualTo(DAY);
        assertThat(score.getDefaultProbability()).isNull();
        assertThat(score.getModelVersion()).isNull();
        assertThat(score.getActiveRuleFlags()).isZero();
        assertThat(score.getRiskScore()).isZero();
        assertThat(score.getValueScore())
                .isEqualTo(new ValueScorer(ValueSettings.defaults()).score(healthy).score())
                .isBetween(0.01, 0.99);
    }

    @Test
    void raisedRulesMakeTheRiskOfAnAccountWithoutLoanAndStayCountedWhileTheirFlagsAreActive() {
        // Given an account with a negative balance on 6 days (MEDIUM) and two sanction charges (HIGH)
        AccountBehaviour troubled = troubled(32, DAY);

        // When it is scored, then again the next day looking the same
        harness.send(troubled);
        harness.send(AccountBehaviour.newBuilder(troubled).setAsOfDate(DAY.plusDays(1)).build());

        // Then one score, with both rules raised: 1 - (1 - 0.25)(1 - 0.5); the same picture a day later is not news
        List<AccountScore> scores = harness.scores.readValuesToList();
        assertThat(scores).hasSize(1);
        assertThat(scores.get(0).getActiveRuleFlags()).isEqualTo(2);
        assertThat(scores.get(0).getRiskScore()).isCloseTo(0.625, within(1e-12));
        assertThat(harness.counter("bankstream.scoring.account.scores", "outcome", "UNCHANGED")).isEqualTo(1);

        // When the trouble is over
        harness.send(Behaviours.ordinary(32, DAY.plusDays(2)).build());

        // Then the account's score says so
        assertThat(harness.scores.readValuesToList()).singleElement()
                .satisfies(score -> {
                    assertThat(score.getActiveRuleFlags()).isZero();
                    assertThat(score.getRiskScore()).isZero();
                    assertThat(score.getAsOfDate()).isEqualTo(DAY.plusDays(2));
                });
    }

    @Test
    void aSecondSnapshotForTheSameDayDecidesThatDayAgain() {
        // Given an account scored for a quiet day
        harness.send(Behaviours.ordinary(33, DAY).build());
        harness.scores.readValuesToList();

        // When a different snapshot for the same day arrives
        harness.send(troubled(33, DAY));

        // Then the day's score is the later snapshot's, decided against the day before (none), and a quiet next day
        // is news again
        assertThat(harness.scores.readValuesToList()).singleElement()
                .satisfies(score -> assertThat(score.getActiveRuleFlags()).isEqualTo(2));
        harness.send(Behaviours.ordinary(33, DAY.plusDays(1)).build());
        assertThat(harness.scores.readValuesToList()).singleElement()
                .satisfies(score -> assertThat(score.getActiveRuleFlags()).isZero());
    }

    @Test
    void aBorrowersRiskIsTheModelsProbabilityWithItsVersion() {
        // Given a model in service
        LoanDefaultModel model = TrainedModels.model(Algorithm.LOGISTIC_REGRESSION);
        PublishedModel published = PublishedModels.of(model, Instant.parse("1999-01-01T12:00:00Z"));
        harness.publish(published);
        AccountBehaviour borrower = Borrowers.withProbability(model, 34, DAY, model.threshold() * 0.5);

        // When a borrower is scored
        harness.send(borrower);

        // Then the risk score is the probability, and names the model version behind it
        AccountScore score = harness.scores.readValuesToList().get(0);
        assertThat(score.getDefaultProbability()).isCloseTo(model.threshold() * 0.5, within(1e-4));
        assertThat(score.getRiskScore()).isEqualTo(score.getDefaultProbability());
        assertThat(score.getModelVersion()).isEqualTo(ModelPackage.fromPublished(published).version());
    }

    @Test
    void aBorrowerBeforeAnyModelIsScoredByItsRules() {
        // Given no model in service, a borrower in trouble
        AccountBehaviour borrower = AccountBehaviour.newBuilder(troubled(35, DAY))
                .setLoan(Behaviours.loan(900_035, DAY.minusDays(100), 48_000, 24, 2_000, 0.1)).build();

        // When it is scored
        harness.send(borrower);

        // Then its risk comes from the rules, without a probability or model version
        AccountScore score = harness.scores.readValuesToList().get(0);
        assertThat(score.getDefaultProbability()).isNull();
        assertThat(score.getModelVersion()).isNull();
        assertThat(score.getRiskScore()).isCloseTo(0.625, within(1e-12));
    }

    private static AccountBehaviour troubled(long account, LocalDate day) {
        AccountBehaviour.Builder troubled = Behaviours.ordinary(account, day)
                .setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                .setNegativeBalanceDays(6);
        return Behaviours.withKind(troubled, TransactionKind.SANCTION_INTEREST, TransactionDirection.DEBIT,
                Behaviours.flows(1, 25, 2, 50, 2, 50)).build();
    }
}
