package dev.bankstream.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;

/** Behaviour snapshots for tests: every required field filled, the interesting ones settable. */
public final class Behaviours {

    public static final LocalDate AS_OF = LocalDate.of(1996, 6, 30);

    private Behaviours() {
    }

    /** An account with no history at all: opened, nothing booked. */
    public static AccountBehaviour.Builder empty(long accountId) {
        BalanceStats none = balance(0, 0);
        WindowedFlows noFlows = flows(0, 0, 0, 0);
        return AccountBehaviour.newBuilder()
                .setAccountId(accountId)
                .setAsOfDate(AS_OF)
                .setOpenedOn(AS_OF)
                .setTenureDays(0)
                .setTransactionCount(0)
                .setTransactionsBeforeOpening(0)
                .setBalance(0)
                .setBalance30d(none)
                .setBalance90d(none)
                .setBalance365d(none)
                .setBalanceSinceOpening(none)
                .setNegativeBalanceDays(0)
                .setCredits(noFlows)
                .setDebits(noFlows)
                .setByKind(new ArrayList<>())
                .setSmallVsLarge(0)
                .setMonthsSinceLastCredit(null)
                .setMonthlyIncome(0)
                .setSavingsRatio(null)
                .setStatementFrequency(StatementFrequency.MONTHLY)
                .setOwnerAge(null)
                .setOwnerGender(Gender.UNKNOWN)
                .setDisponents(0)
                .setDistrict(null)
                .setCards(new ArrayList<>())
                .setStandingOrders(new ArrayList<>())
                .setLoan(null);
    }

    /**
     * A year-old account with ordinary use: 12 credits and 24 debits in 90 days, 48 credits and 96 debits in
     * a year, an owner of 40 in a mid-sized district.
     */
    public static AccountBehaviour.Builder typical(long accountId) {
        return empty(accountId)
                .setOpenedOn(AS_OF.minusDays(400))
                .setTenureDays(400)
                .setTransactionCount(150)
                .setBalance(30_000)
                .setBalance30d(balance(30_000, 30))
                .setBalance90d(balance(30_000, 90))
                .setBalance365d(balance(30_000, 365))
                .setBalanceSinceOpening(balance(28_000, 400))
                .setCredits(flows(4, 12, 48, 20_000))
                .setDebits(flows(8, 24, 96, 8_000))
                .setSmallVsLarge(1.5)
                .setMonthsSinceLastCredit(0.3)
                .setMonthlyIncome(20_000)
                .setSavingsRatio(0.2)
                .setOwnerAge(40)
                .setOwnerGender(Gender.FEMALE)
                .setDistrict(district(9_000, 3.5, 60));
    }

    public static BalanceStats balance(double mean, int days) {
        return BalanceStats.newBuilder().setMin(mean).setMean(mean).setFirstQuartile(mean).setVolatility(0)
                .setDays(days).build();
    }

    public static WindowedFlows flows(int count30, int count90, int count365, double meanAmount) {
        return WindowedFlows.newBuilder()
                .setDays30(flow(count30, meanAmount))
                .setDays90(flow(count90, meanAmount))
                .setDays365(flow(count365, meanAmount))
                .build();
    }

    private static FlowStats flow(int count, double meanAmount) {
        return FlowStats.newBuilder().setCount(count).setSum(count * meanAmount)
                .setMean(count == 0 ? 0 : meanAmount).setMax(count == 0 ? 0 : meanAmount).build();
    }

    public static KindFlows kind(TransactionKind kind, TransactionDirection direction, int count365) {
        return KindFlows.newBuilder().setKind(kind).setDirection(direction)
                .setFlows(flows(0, 0, count365, 1_000)).build();
    }

    public static DistrictFacts district(double averageSalary, double unemployment, double urbanPercent) {
        return DistrictFacts.newBuilder().setDistrictId(1).setAverageSalary(averageSalary)
                .setUnemploymentRate(unemployment).setUrbanRatioPercent(urbanPercent).setCrimesPer1000(30).build();
    }

    public static LoanFacts loan(double monthlyPayment) {
        return LoanFacts.newBuilder().setLoanId(1).setGrantedOn(AS_OF.minusDays(100)).setAmount(monthlyPayment * 24)
                .setDurationMonths(24).setMonthlyPayment(monthlyPayment).setPaymentToIncome(null).build();
    }

    public static StandingOrderHeld order(OrderPurpose purpose, double amount) {
        return StandingOrderHeld.newBuilder().setPurpose(purpose).setAmount(amount).build();
    }

    public static CardHeld card(CardType type) {
        return CardHeld.newBuilder().setCardType(type).setIssuedOn(AS_OF.minusDays(30)).build();
    }

    public static List<StandingOrderHeld> orders(StandingOrderHeld... orders) {
        return new ArrayList<>(List.of(orders));
    }
}
