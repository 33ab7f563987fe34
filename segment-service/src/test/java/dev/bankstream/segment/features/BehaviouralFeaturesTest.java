package dev.bankstream.segment.features;

import static dev.bankstream.segment.Behaviours.balance;
import static dev.bankstream.segment.Behaviours.card;
import static dev.bankstream.segment.Behaviours.empty;
import static dev.bankstream.segment.Behaviours.flows;
import static dev.bankstream.segment.Behaviours.kind;
import static dev.bankstream.segment.Behaviours.loan;
import static dev.bankstream.segment.Behaviours.order;
import static dev.bankstream.segment.Behaviours.orders;
import static dev.bankstream.segment.Behaviours.typical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

class BehaviouralFeaturesTest {

    private static final FeatureSet SET = BehaviouralFeatures.SET;

    private static double[] extract(AccountBehaviour behaviour) {
        double[] values = new double[SET.size()];
        SET.extract(behaviour, values);
        return values;
    }

    private static double value(double[] values, String feature) {
        return values[SET.indexOf(feature)];
    }

    @Test
    void typicalAccountHasEveryFeatureInItsUnits() {
        // Given a year-old account: 36 transactions in 90 days, 24 of 96 yearly debits by card
        AccountBehaviour behaviour = typical(1)
                .setByKind(new ArrayList<>(List.of(
                        kind(TransactionKind.CARD_WITHDRAWAL, TransactionDirection.DEBIT, 24))))
                .setNegativeBalanceDays(40)
                .setCards(new ArrayList<>(List.of(card(CardType.CLASSIC))))
                .build();

        // When its features are read
        double[] values = new double[SET.size()];
        int missing = SET.extract(behaviour, values);

        // Then none is missing and each is what the snapshot says
        assertThat(missing).isZero();
        assertThat(value(values, BehaviouralFeatures.AVERAGE_BALANCE)).isEqualTo(30_000);
        assertThat(value(values, BehaviouralFeatures.MONTHLY_INCOME)).isEqualTo(20_000);
        assertThat(value(values, BehaviouralFeatures.SAVINGS_RATIO)).isEqualTo(0.2);
        assertThat(value(values, BehaviouralFeatures.DEBT_BURDEN)).isZero();
        assertThat(value(values, BehaviouralFeatures.OVERDRAFT_SHARE)).isEqualTo(0.1);
        assertThat(value(values, BehaviouralFeatures.MONTHLY_TRANSACTIONS)).isEqualTo(12.0);
        assertThat(value(values, BehaviouralFeatures.SMALL_VS_LARGE)).isEqualTo(1.5);
        assertThat(value(values, BehaviouralFeatures.CARD_SHARE)).isEqualTo(0.25);
    }

    @Test
    void loanInstalmentPaidByStandingOrderIsCountedOnce() {
        // Given a loan of 5,000 a month, paid by a LOAN standing order of the same amount, on an income of 20,000
        AccountBehaviour behaviour = typical(1).setLoan(loan(5_000))
                .setStandingOrders(orders(order(OrderPurpose.LOAN, 5_000), order(OrderPurpose.HOUSEHOLD, 2_000)))
                .build();

        // When the debt burden is read
        double burden = value(extract(behaviour), BehaviouralFeatures.DEBT_BURDEN);

        // Then it is the instalment over the income, not twice it
        assertThat(burden).isEqualTo(0.25);
    }

    @Test
    void debtWithoutIncomeIsTheCappedBurden() {
        // Given a loan on an account with no income
        AccountBehaviour behaviour = typical(1).setLoan(loan(5_000)).setMonthlyIncome(0).build();

        // When / Then
        assertThat(value(extract(behaviour), BehaviouralFeatures.DEBT_BURDEN))
                .isEqualTo(BehaviouralFeatures.MAX_DEBT_BURDEN);
    }

    @Test
    void youngAccountIsNotCreditedWithAFullMonthOfActivityForAFewDays() {
        // Given an account 10 days old with 6 transactions
        AccountBehaviour behaviour = typical(1).setBalance90d(balance(1_000, 10))
                .setCredits(flows(3, 3, 3, 1_000))
                .setDebits(flows(3, 3, 3, 500)).build();

        // When / Then: 6 transactions over at least one month
        assertThat(value(extract(behaviour), BehaviouralFeatures.MONTHLY_TRANSACTIONS)).isEqualTo(6.0);
    }

    @Test
    void savingsRatioIsClippedAndUnknownWithoutCredits() {
        // Given / When / Then
        assertThat(value(extract(typical(1).setSavingsRatio(-7.5).build()), BehaviouralFeatures.SAVINGS_RATIO))
                .isEqualTo(-1.0);
        assertThat(value(extract(typical(1).setSavingsRatio(null).build()), BehaviouralFeatures.SAVINGS_RATIO))
                .isNaN();
    }

    @Test
    void accountWithoutHistoryIsNotAssignableAndTheReasonNamesWhatIsMissing() {
        // Given an account opened today, nothing booked
        double[] values = new double[SET.size()];

        // When its features are read
        int missing = SET.extract(empty(7).build(), values);

        // Then only the debt burden is known, which is too little to segment on
        assertThat(missing).isEqualTo(SET.size() - 1);
        assertThat(SET.isAssignable(missing)).isFalse();
        assertThat(SET.missingReason(values))
                .startsWith("MISSING_FEATURES: 7 of 8 behavioural features unknown")
                .contains(BehaviouralFeatures.AVERAGE_BALANCE, BehaviouralFeatures.CARD_SHARE)
                .doesNotContain(BehaviouralFeatures.DEBT_BURDEN);
    }

    @Test
    void nonFiniteInputCountsAsMissing() {
        // Given a snapshot whose income is not a number
        double[] values = new double[SET.size()];

        // When
        int missing = SET.extract(typical(1).setMonthlyIncome(Double.POSITIVE_INFINITY).build(), values);

        // Then it is treated as unknown, and one unknown feature of eight still allows the fallback
        assertThat(missing).isEqualTo(1);
        assertThat(value(values, BehaviouralFeatures.MONTHLY_INCOME)).isNaN();
        assertThat(SET.isAssignable(missing)).isTrue();
    }

    @Test
    void signedLogKeepsSignAndInverts() {
        // Given / When / Then
        assertThat(Scale.SIGNED_LOG.forward(0)).isZero();
        assertThat(Scale.SIGNED_LOG.forward(-1_000)).isEqualTo(-Scale.SIGNED_LOG.forward(1_000));
        assertThat(Scale.SIGNED_LOG.inverse(Scale.SIGNED_LOG.forward(-12_345.6))).isCloseTo(-12_345.6, within(1e-6));
    }
}
