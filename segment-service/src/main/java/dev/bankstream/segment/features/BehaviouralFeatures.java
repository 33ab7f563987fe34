package dev.bankstream.segment.features;

import static dev.bankstream.segment.features.FeatureDefinition.MISSING;

import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.TransactionKind;

/**
 * How an account is used: savings held, debt burden, activity, many small versus few large payments, card use
 * and income. Windows are a year where the seeds speak of habits (balance, income, card share) and 90 days
 * where they speak of current activity.
 */
public final class BehaviouralFeatures {

    public static final String AVERAGE_BALANCE = "averageBalance";
    public static final String MONTHLY_INCOME = "monthlyIncome";
    public static final String SAVINGS_RATIO = "savingsRatio";
    public static final String DEBT_BURDEN = "debtBurden";
    public static final String OVERDRAFT_SHARE = "overdraftShare";
    public static final String MONTHLY_TRANSACTIONS = "monthlyTransactions";
    public static final String SMALL_VS_LARGE = "smallVsLarge";
    public static final String CARD_SHARE = "cardShare";

    /** A debt service of twice the income is already unpayable; capping keeps no-income borrowers finite. */
    static final double MAX_DEBT_BURDEN = 2.0;

    public static final FeatureSet SET = new FeatureSet("behavioural", List.of(
            new FeatureDefinition(AVERAGE_BALANCE, "Mean end-of-day balance over the last year (savings held)",
                    "CZK", Scale.SIGNED_LOG, BehaviouralFeatures::averageBalance),
            new FeatureDefinition(MONTHLY_INCOME, "Mean monthly credits excluding interest", "CZK per month",
                    Scale.SIGNED_LOG, BehaviouralFeatures::monthlyIncome),
            new FeatureDefinition(SAVINGS_RATIO, "(credits - debits) / credits over the last year, clipped to -1..1",
                    "ratio", Scale.LINEAR, BehaviouralFeatures::savingsRatio),
            new FeatureDefinition(DEBT_BURDEN, "Monthly loan repayments / monthly income, capped at 2",
                    "ratio", Scale.LINEAR, BehaviouralFeatures::debtBurden),
            new FeatureDefinition(OVERDRAFT_SHARE, "Share of days since opening that ended with a negative balance",
                    "share", Scale.LINEAR, BehaviouralFeatures::overdraftShare),
            new FeatureDefinition(MONTHLY_TRANSACTIONS, "Transactions per month over the last 90 days",
                    "per month", Scale.LINEAR, BehaviouralFeatures::monthlyTransactions),
            new FeatureDefinition(SMALL_VS_LARGE, "Transactions per month / mean amount in thousands of CZK: "
                    + "high = many small, low = few large", "per month per kCZK", Scale.SIGNED_LOG,
                    BehaviouralFeatures::smallVsLarge),
            new FeatureDefinition(CARD_SHARE, "Share of last year's debits that were card withdrawals", "share",
                    Scale.LINEAR, BehaviouralFeatures::cardShare)));

    private BehaviouralFeatures() {
    }

    /** Without a single transaction, flows and balances are zeros that mean "unknown", not "poor". */
    private static boolean hasHistory(AccountBehaviour b) {
        return b.getTransactionCount() > 0;
    }

    static double averageBalance(AccountBehaviour b) {
        return hasHistory(b) && b.getBalance365d().getDays() > 0 ? b.getBalance365d().getMean() : MISSING;
    }

    static double monthlyIncome(AccountBehaviour b) {
        return hasHistory(b) ? b.getMonthlyIncome() : MISSING;
    }

    static double savingsRatio(AccountBehaviour b) {
        Double ratio = b.getSavingsRatio();
        return ratio == null ? MISSING : Math.max(-1.0, Math.min(1.0, ratio));
    }

    /**
     * The loan's instalment or the LOAN-purpose standing orders, whichever is larger: in Berka the instalment is
     * paid by such an order, so adding both would count it twice.
     */
    static double debtBurden(AccountBehaviour b) {
        double orders = 0;
        List<StandingOrderHeld> standingOrders = b.getStandingOrders();
        for (int i = 0; i < standingOrders.size(); i++) {
            StandingOrderHeld order = standingOrders.get(i);
            if (order.getPurpose() == OrderPurpose.LOAN) {
                orders += order.getAmount();
            }
        }
        LoanFacts loan = b.getLoan();
        double service = Math.max(orders, loan == null ? 0 : loan.getMonthlyPayment());
        if (service <= 0) {
            return 0;
        }
        double income = b.getMonthlyIncome();
        return income <= 0 ? MAX_DEBT_BURDEN : Math.min(MAX_DEBT_BURDEN, service / income);
    }

    static double overdraftShare(AccountBehaviour b) {
        int days = b.getBalanceSinceOpening().getDays();
        return days > 0 ? Math.min(1.0, (double) b.getNegativeBalanceDays() / days) : MISSING;
    }

    /** Young accounts are not credited with a full month's activity for a few days of use: at least 30 days. */
    static double monthlyTransactions(AccountBehaviour b) {
        if (!hasHistory(b)) {
            return MISSING;
        }
        int count = b.getCredits().getDays90().getCount() + b.getDebits().getDays90().getCount();
        double months = Math.max(b.getBalance90d().getDays(), 30) / 30.0;
        return count / months;
    }

    static double smallVsLarge(AccountBehaviour b) {
        int count = b.getCredits().getDays90().getCount() + b.getDebits().getDays90().getCount();
        return count > 0 ? b.getSmallVsLarge() : MISSING;
    }

    static double cardShare(AccountBehaviour b) {
        int debits = b.getDebits().getDays365().getCount();
        if (debits == 0) {
            return MISSING;
        }
        List<KindFlows> byKind = b.getByKind();
        for (int i = 0; i < byKind.size(); i++) {
            KindFlows flows = byKind.get(i);
            if (flows.getKind() == TransactionKind.CARD_WITHDRAWAL) {
                return Math.min(1.0, (double) flows.getFlows().getDays365().getCount() / debits);
            }
        }
        return 0;
    }
}
