package dev.bankstream.scoring.features;

import static dev.bankstream.scoring.Behaviours.flows;
import static dev.bankstream.scoring.Behaviours.ordinary;
import static dev.bankstream.scoring.Behaviours.snapshot;
import static dev.bankstream.scoring.Behaviours.withKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.scoring.Behaviours;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

class LoanFeaturesTest {

    private static final LocalDate EVE = LocalDate.of(1996, 3, 31);

    @Test
    void everyFeatureHasAUniqueNameAndAPlainDescription() {
        // Given the feature list
        List<FeatureDefinition> definitions = LoanFeatures.definitions();

        // Then names are unique, in model order, and each is described
        assertThat(new HashSet<>(LoanFeatures.names())).hasSameSizeAs(LoanFeatures.names());
        assertThat(definitions).extracting(FeatureDefinition::name).containsExactlyElementsOf(LoanFeatures.names());
        assertThat(definitions).allSatisfy(d -> assertThat(d.description()).isNotBlank().doesNotContain("null"));
        assertThat(LoanFeatures.names()).contains("balance.min.90d", "credits.sum.365d", "negativeBalanceDays",
                "loan.paymentToIncome", "sanctionInterest.count.365d", "loan.amount", "loan.durationMonths",
                "owner.age", "district.unemploymentRate");
        assertThat(LoanFeatures.definition("balance.min.90d").code()).isEqualTo("BALANCE_MIN_90D");
    }

    @Test
    void snapshotBecomesNamedValuesReadOffTheBehaviour() {
        // Given a borrower with sanction interest charged twice this year and a 5,000 instalment on 20,000 income
        AccountBehaviour eve = withKind(ordinary(1, EVE), TransactionKind.SANCTION_INTEREST,
                TransactionDirection.DEBIT, flows(0, 0, 1, 60, 2, 120))
                .setNegativeBalanceDays(12)
                .build();

        // When its loan snapshot is turned into features
        FeatureExtraction extraction = LoanFeatures.fromSnapshot(snapshot(7, eve, 120_000, 24, 5_000));

        // Then the values are the behaviour's, in plain units, with no fallback needed
        assertThat(extraction).isInstanceOf(FeatureExtraction.Complete.class);
        FeatureExtraction.Complete complete = (FeatureExtraction.Complete) extraction;
        FeatureVector features = complete.vector();
        assertThat(complete.fallbacks()).isEmpty();
        assertThat(features.names()).isEqualTo(LoanFeatures.names());
        assertThat(features.value("loan.amount")).isEqualTo(120_000);
        assertThat(features.value("loan.durationMonths")).isEqualTo(24);
        assertThat(features.value("loan.paymentToIncome")).isCloseTo(0.25, within(1e-9));
        assertThat(features.value("balance.min.90d")).isEqualTo(22_000);
        assertThat(features.value("credits.sum.365d")).isEqualTo(246_000);
        assertThat(features.value("negativeBalanceDays")).isEqualTo(12);
        assertThat(features.value("sanctionInterest.count.365d")).isEqualTo(2);
        assertThat(features.value("cashWithdrawal.sum.90d")).isEqualTo(24_000);
        assertThat(features.value("owner.age")).isEqualTo(40);
        assertThat(features.value("district.unemploymentRate")).isEqualTo(3.0);
        assertThat(features.value("district.unknown")).isZero();
    }

    @Test
    void missingOptionalFactsUseTheDocumentedFallbacks() {
        // Given a borrower whose owner, district and income are unknown and who never received money
        AccountBehaviour eve = ordinary(2, EVE)
                .setOwnerAge(null)
                .setDistrict(null)
                .setMonthsSinceLastCredit(null)
                .setMonthlyIncome(0)
                .setSavingsRatio(null)
                .build();

        // When its snapshot is turned into features
        FeatureExtraction.Complete complete =
                (FeatureExtraction.Complete) LoanFeatures.fromSnapshot(snapshot(8, eve, 50_000, 12, 4_500));

        // Then each gap is filled as documented, with an indicator where the gap itself is informative
        FeatureVector features = complete.vector();
        assertThat(features.value("loan.paymentToIncome")).isEqualTo(LoanFeatures.PAYMENT_TO_INCOME_CAP);
        assertThat(features.value("monthsSinceLastCredit")).isCloseTo(730 / BehaviourMeasures.DAYS_PER_MONTH,
                within(1e-9));
        assertThat(features.value("savingsRatio")).isEqualTo(-1.0);
        assertThat(features.value("owner.age")).isZero();
        assertThat(features.value("owner.ageUnknown")).isEqualTo(1.0);
        assertThat(features.value("district.averageSalary")).isZero();
        assertThat(features.value("district.unknown")).isEqualTo(1.0);
        assertThat(complete.fallbacks()).hasSize(5);
    }

    @Test
    void snapshotWithoutHistoryOrTermsIsIncompleteWithReasons() {
        // Given an account that never transacted and a loan without an instalment
        AccountBehaviour empty = ordinary(3, EVE).setTransactionCount(0).build();

        // When it is turned into features
        FeatureExtraction extraction = LoanFeatures.fromSnapshot(snapshot(9, empty, 50_000, 12, 0));

        // Then it is refused with one reason per missing fact
        assertThat(extraction).isInstanceOf(FeatureExtraction.Incomplete.class);
        assertThat(((FeatureExtraction.Incomplete) extraction).reasons())
                .containsExactly("no transactions before 1996-04-01: the account has no history to score",
                        "loan terms incomplete: amount 50000.0, duration 12 months, instalment 0.0");
    }

    @Test
    void staleHistoryIsIncomplete() {
        // Given an account with transactions, but none in the 90 days before the grant
        AccountBehaviour stale = ordinary(4, EVE)
                .setCredits(flows(0, 0, 0, 0, 10, 100_000))
                .setDebits(flows(0, 0, 0, 0, 10, 90_000))
                .build();

        // When it is turned into features
        FeatureExtraction extraction = LoanFeatures.fromSnapshot(snapshot(10, stale, 50_000, 12, 2_000));

        // Then the reason names the stale window
        assertThat(((FeatureExtraction.Incomplete) extraction).reason())
                .isEqualTo("no transactions in the 90 days up to 1996-03-31: the account's recent history is missing or stale");
    }

    @Test
    void onlineBehaviourIsScoredWithItsLoanAndWithoutTheLoansOwnFootprint() {
        // Given a borrower three months after the grant: instalments paid and a standing order for the loan
        AccountBehaviour.Builder borrower = withKind(ordinary(5, EVE), TransactionKind.LOAN_INSTALMENT,
                TransactionDirection.DEBIT, flows(1, 5_000, 3, 15_000, 3, 15_000))
                .setStandingOrders(List.of(new StandingOrderHeld(OrderPurpose.LOAN, 5_000.0),
                        new StandingOrderHeld(OrderPurpose.HOUSEHOLD, 3_000.0)))
                .setLoan(Behaviours.loan(11, EVE.minusDays(90), 120_000, 24, 5_000, 0.25));

        // When it is scored online
        FeatureVector features = ((FeatureExtraction.Complete) LoanFeatures.fromBehaviour(borrower.build())).vector();

        // Then the loan's terms are used, and instalments and the loan's order are not counted as spending
        assertThat(features.value("loan.paymentToIncome")).isEqualTo(0.25);
        assertThat(features.value("loan.monthlyPayment")).isEqualTo(5_000);
        assertThat(features.value("debitsExceptLoan.sum.90d")).isEqualTo(60_000 - 15_000);
        assertThat(features.value("debitsExceptLoan.count.90d")).isEqualTo(24 - 3);
        assertThat(features.value("standingOrders.count")).isEqualTo(1);
        assertThat(features.value("standingOrders.monthlyTotal")).isEqualTo(3_000);
    }

    @Test
    void onlineBehaviourWithoutALoanIsIncomplete() {
        // Given an account without a loan
        AccountBehaviour saver = ordinary(6, EVE).build();

        // When it is scored online
        FeatureExtraction extraction = LoanFeatures.fromBehaviour(saver);

        // Then it is refused with the reason
        assertThat(((FeatureExtraction.Incomplete) extraction).reason())
                .isEqualTo("account 6 has no loan: nothing for the loan-default model to score");
    }

    @Test
    void unitsAreWrittenTheWayAnOfficerReadsThem() {
        assertThat(Unit.CZK.format(-1234.4)).isEqualTo("CZK -1,234");
        assertThat(Unit.DAYS.format(12)).isEqualTo("12 days");
        assertThat(Unit.MONTHS.format(2.45)).isEqualTo("2.5 months");
        assertThat(Unit.RATIO.format(0.256)).isEqualTo("0.26");
        assertThat(Unit.PERCENT.format(3.04)).isEqualTo("3 %");
        assertThat(Unit.FLAG.format(1)).isEqualTo("yes");
    }
}
