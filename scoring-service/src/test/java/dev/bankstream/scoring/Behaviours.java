package dev.bankstream.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;

/** Builds contract records for tests: an ordinary salaried account unless told otherwise. */
public final class Behaviours {

    private Behaviours() {
    }

    /** A healthy account: salary of 20,000 a month, balance around 30,000, never negative, known owner and district. */
    public static AccountBehaviour.Builder ordinary(long accountId, LocalDate asOf) {
        return AccountBehaviour.newBuilder()
                .setAccountId(accountId)
                .setAsOfDate(asOf)
                .setOpenedOn(asOf.minusDays(730))
                .setTenureDays(730)
                .setTransactionCount(400)
                .setBalance(31_000)
                .setBalance30d(balance(25_000, 30_000, 27_000, 3_000, 30))
                .setBalance90d(balance(22_000, 30_000, 26_000, 3_500, 90))
                .setBalance365d(balance(15_000, 29_000, 24_000, 5_000, 365))
                .setBalanceSinceOpening(balance(1_000, 25_000, 20_000, 7_000, 730))
                .setNegativeBalanceDays(0)
                .setCredits(flows(2, 20_500, 6, 61_500, 24, 246_000))
                .setDebits(flows(8, 19_000, 24, 60_000, 96, 240_000))
                .setByKind(new ArrayList<>(List.of(
                        kind(TransactionKind.SALARY_OR_TRANSFER_IN, TransactionDirection.CREDIT,
                                flows(1, 20_000, 3, 60_000, 12, 240_000)),
                        kind(TransactionKind.INTEREST, TransactionDirection.CREDIT, flows(1, 500, 3, 1_500, 12, 6_000)),
                        kind(TransactionKind.CASH_WITHDRAWAL, TransactionDirection.DEBIT,
                                flows(4, 8_000, 12, 24_000, 48, 96_000)),
                        kind(TransactionKind.HOUSEHOLD_PAYMENT, TransactionDirection.DEBIT,
                                flows(1, 4_000, 3, 12_000, 12, 48_000)),
                        kind(TransactionKind.STATEMENT_FEE, TransactionDirection.DEBIT, flows(1, 30, 3, 90, 12, 360)))))
                .setSmallVsLarge(1.2)
                .setMonthsSinceLastCredit(0.3)
                .setMonthlyIncome(20_000)
                .setSavingsRatio(0.02)
                .setStatementFrequency(StatementFrequency.MONTHLY)
                .setOwnerAge(40)
                .setOwnerGender(Gender.MALE)
                .setDisponents(0)
                .setDistrict(new DistrictFacts(1, 9_000.0, 3.0, 60.0, 30.0))
                .setCards(new ArrayList<>())
                .setStandingOrders(new ArrayList<>())
                .setLoan(null);
    }

    public static BalanceStats balance(double min, double mean, double firstQuartile, double volatility, int days) {
        return new BalanceStats(min, mean, firstQuartile, volatility, days);
    }

    /** Flows with a mean of sum/count and a max of twice the mean. */
    public static WindowedFlows flows(int count30, double sum30, int count90, double sum90, int count365, double sum365) {
        return new WindowedFlows(stats(count30, sum30), stats(count90, sum90), stats(count365, sum365));
    }

    public static FlowStats stats(int count, double sum) {
        double mean = count == 0 ? 0.0 : sum / count;
        return new FlowStats(count, sum, mean, count == 0 ? 0.0 : Math.min(sum, 2 * mean));
    }

    public static KindFlows kind(TransactionKind kind, TransactionDirection direction, WindowedFlows flows) {
        return new KindFlows(kind, direction, flows);
    }

    /** Replaces (or adds) one kind's flows. */
    public static AccountBehaviour.Builder withKind(AccountBehaviour.Builder builder, TransactionKind kind,
            TransactionDirection direction, WindowedFlows flows) {
        List<KindFlows> kinds = new ArrayList<>(builder.getByKind());
        kinds.removeIf(k -> k.getKind() == kind);
        kinds.add(kind(kind, direction, flows));
        return builder.setByKind(kinds);
    }

    public static LoanSnapshot snapshot(long loanId, AccountBehaviour eveOfGrant, double amount, int months,
            double payment) {
        return new LoanSnapshot(loanId, eveOfGrant.getAccountId(), eveOfGrant.getAsOfDate().plusDays(1), amount,
                months, payment, eveOfGrant);
    }

    public static LoanFacts loan(long loanId, LocalDate grantedOn, double amount, int months, double payment,
            Double paymentToIncome) {
        return new LoanFacts(loanId, grantedOn, amount, months, payment, paymentToIncome);
    }
}
