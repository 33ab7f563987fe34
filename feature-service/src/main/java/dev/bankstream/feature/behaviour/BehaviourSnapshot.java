package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.behaviour.EventDays.NONE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;

/**
 * Describes an account as of the end of one day, from its state and its {@link RollingWindows} moved to that day;
 * nothing dated after the as-of day is used.
 */
final class BehaviourSnapshot {

    /**
     * Where the since-opening statistics as of the as-of day are worked out: a copy of the settled ones, plus the days
     * since. A fresh copy per snapshot was a tenth of all the service allocated; one snapshot is built at a time per
     * thread, and nothing keeps the copy beyond {@link #build}.
     */
    private static final ThreadLocal<BalanceHistory> SINCE_OPENING = ThreadLocal.withInitial(BalanceHistory::new);

    private final AccountState state;
    private final int asOf;
    private final RollingWindows windows;
    private final ReferenceData reference;
    private final int start;

    BehaviourSnapshot(AccountState state, int asOf, RollingWindows windows, ReferenceData reference) {
        this.state = state;
        this.asOf = asOf;
        this.windows = windows;
        this.reference = reference;
        this.start = state.activityStart(asOf);
    }

    AccountBehaviour build() {
        BalanceHistory sinceOpening = balanceSinceOpening();
        double monthlyIncome = monthlyIncome(windows.coveredDays(RollingWindows.DAYS_365));
        int lastIncomeDay = windows.lastIncomeDay(state);
        AccountFacts facts = state.facts;
        Optional<AccountFacts.Opening> opening = facts.openingAsOf(asOf);
        Optional<ClientProfile> owner = facts.ownerAsOf(asOf).flatMap(link -> reference.client(link.clientId()));
        LocalDate asOfDate = EventDays.dateOf(asOf);

        return AccountBehaviour.newBuilder()
                .setAccountId(state.accountId)
                .setAsOfDate(asOfDate)
                .setOpenedOn(opening.map(o -> EventDays.dateOf(o.day())).orElse(null))
                .setTenureDays(opening.map(o -> asOf - o.day()).orElse(0))
                .setTransactionCount(transactions(false))
                .setTransactionsBeforeOpening(transactions(true))
                .setBalance(Money.crowns(balanceOn(asOf)))
                .setBalance30d(windows.balance(RollingWindows.DAYS_30))
                .setBalance90d(windows.balance(RollingWindows.DAYS_90))
                .setBalance365d(windows.balance(RollingWindows.DAYS_365))
                .setBalanceSinceOpening(sinceOpening.toStats())
                .setNegativeBalanceDays(Math.toIntExact(sinceOpening.negativeDays))
                .setCredits(windows.credits())
                .setDebits(windows.debits())
                .setByKind(windows.byKind())
                .setSmallVsLarge(smallVsLarge(windows.coveredDays(RollingWindows.DAYS_90)))
                .setMonthsSinceLastCredit(lastIncomeDay == NONE ? null : (asOf - lastIncomeDay) / EventDays.DAYS_PER_MONTH)
                .setMonthlyIncome(monthlyIncome)
                .setSavingsRatio(savingsRatio())
                .setStatementFrequency(opening.map(AccountFacts.Opening::statementFrequency).orElse(StatementFrequency.UNKNOWN))
                .setOwnerAge(owner.flatMap(client -> client.ageOn(asOfDate)).orElse(null))
                .setOwnerGender(owner.map(ClientProfile::gender).orElse(Gender.UNKNOWN))
                .setDisponents(facts.disponentsAsOf(asOf))
                .setDistrict(opening.map(AccountFacts.Opening::districtId)
                        .flatMap(id -> reference.district(id))
                        .map(DistrictProfile::toFacts)
                        .orElse(null))
                .setCards(facts.cardsAsOf(asOf, card -> new CardHeld(card.type(), EventDays.dateOf(card.day()))))
                .setStandingOrders(facts.ordersAsOf(asOf,
                        order -> new StandingOrderHeld(order.purpose(), Money.crowns(order.amount()))))
                .setLoan(facts.loanAsOf(asOf).map(loan -> loanFacts(loan, monthlyIncome)).orElse(null))
                .build();
    }

    private BalanceHistory balanceSinceOpening() {
        BalanceHistory history = SINCE_OPENING.get().copyFrom(state.settledBalances);
        if (start != NONE) {
            int from = state.settledThrough == NONE ? start : Math.max(state.settledThrough + 1, start);
            state.forEachBalanceRun(from, asOf, history::add);
        }
        return history;
    }

    private long balanceOn(int day) {
        long[] balance = {state.droppedBalance};
        state.forEachBalanceRun(day, day, (value, length) -> balance[0] = value);
        return balance[0];
    }

    private long transactions(boolean onlyBeforeOpening) {
        long[] count = {onlyBeforeOpening ? state.settledTransactionsBeforeOpening : state.settledTransactions};
        int firstUnsettled = state.settledThrough == NONE ? NONE : state.settledThrough + 1;
        state.forEachActivity(firstUnsettled, asOf, i -> {
            if (!onlyBeforeOpening || state.beforeOpening(state.days.day(i))) {
                count[0] += state.days.transactions(i);
            }
        });
        return count[0];
    }

    /** Mean monthly income over the last 365 days, or since the activity start; at least one month is assumed. */
    private double monthlyIncome(int coveredDays) {
        double months = Math.max(1.0, coveredDays / EventDays.DAYS_PER_MONTH);
        return Money.crowns(windows.incomeSum(RollingWindows.DAYS_365)) / months;
    }

    private Double savingsRatio() {
        long in = windows.creditSum(RollingWindows.DAYS_365);
        return in == 0 ? null : (double) (in - windows.debitSum(RollingWindows.DAYS_365)) / in;
    }

    /** Transactions per month over 90 days divided by their mean amount in thousands of CZK. */
    private double smallVsLarge(int coveredDays) {
        int count = windows.transferCount(RollingWindows.DAYS_90);
        long sum = windows.creditSum(RollingWindows.DAYS_90) + windows.debitSum(RollingWindows.DAYS_90);
        if (count == 0 || sum == 0) {
            return 0.0;
        }
        double perMonth = count / Math.max(1.0, coveredDays / EventDays.DAYS_PER_MONTH);
        double meanThousands = Money.crowns(sum) / count / 1000;
        return perMonth / meanThousands;
    }

    private static LoanFacts loanFacts(AccountFacts.Loan loan, double monthlyIncome) {
        double payment = Money.crowns(loan.monthlyPayment());
        return new LoanFacts(loan.loanId(), EventDays.dateOf(loan.day()), Money.crowns(loan.amount()),
                loan.durationMonths(), payment, monthlyIncome > 0 ? payment / monthlyIncome : null);
    }
}
