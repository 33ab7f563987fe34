package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.behaviour.EventDays.NONE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;

/**
 * Describes an account as of the end of one day, from its state. Windows end on the as-of day and reach back
 * {@code n-1} days ("last 30 days" on day D = D-29..D), never before the account's activity start; nothing dated
 * after the as-of day is used.
 */
final class BehaviourSnapshot {

    private final AccountState state;
    private final int asOf;
    private final ReferenceData reference;
    private final int start;
    private final FlowWindows credits = new FlowWindows();
    private final FlowWindows debits = new FlowWindows();
    private final FlowWindows[] byCode = new FlowWindows[FlowKey.codeCount()];
    private final FlowWindows income = new FlowWindows();
    private int lastIncomeDay = NONE;

    BehaviourSnapshot(AccountState state, int asOf, ReferenceData reference) {
        this.state = state;
        this.asOf = asOf;
        this.reference = reference;
        this.start = state.activityStart(asOf);
    }

    AccountBehaviour build() {
        collectFlows();
        BalanceWindow longest = balanceWindow(AccountState.LONGEST_WINDOW);
        BalanceWindow.Tail days30 = longest.lastDays(30);
        BalanceWindow.Tail days90 = longest.lastDays(90);
        BalanceWindow.Tail days365 = longest.lastDays(365);
        BalanceHistory sinceOpening = balanceSinceOpening();
        double monthlyIncome = monthlyIncome(days365.days());
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
                .setBalance30d(days30.toStats())
                .setBalance90d(days90.toStats())
                .setBalance365d(days365.toStats())
                .setBalanceSinceOpening(sinceOpening.toStats())
                .setNegativeBalanceDays(Math.toIntExact(sinceOpening.negativeDays))
                .setCredits(credits.toFlows())
                .setDebits(debits.toFlows())
                .setByKind(byKind())
                .setSmallVsLarge(smallVsLarge(days90.days()))
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
                .setCards(facts.cardsAsOf(asOf).stream()
                        .map(card -> new CardHeld(card.type(), EventDays.dateOf(card.day())))
                        .toList())
                .setStandingOrders(facts.ordersAsOf(asOf).stream()
                        .map(order -> new StandingOrderHeld(order.purpose(), Money.crowns(order.amount())))
                        .toList())
                .setLoan(facts.loanAsOf(asOf).map(loan -> loanFacts(loan, monthlyIncome)).orElse(null))
                .build();
    }

    private void collectFlows() {
        for (DailyActivity activity : state.days) {
            if (activity.day > asOf) {
                break;
            }
            if (activity.hasIncome()) {
                lastIncomeDay = activity.day;
            }
            int age = asOf - activity.day;
            if (age >= AccountState.LONGEST_WINDOW) {
                continue;
            }
            for (int i = 0; i < activity.size(); i++) {
                int code = activity.code(i);
                (FlowKey.isDebit(code) ? debits : credits).add(age, activity.count(i), activity.sum(i), activity.max(i));
                if (FlowKey.isIncome(code)) {
                    income.add(age, activity.count(i), activity.sum(i), activity.max(i));
                }
                if (byCode[code] == null) {
                    byCode[code] = new FlowWindows();
                }
                byCode[code].add(age, activity.count(i), activity.sum(i), activity.max(i));
            }
        }
        if (lastIncomeDay == NONE) {
            lastIncomeDay = state.droppedIncomeDay;
        }
    }

    private List<KindFlows> byKind() {
        List<KindFlows> kinds = new ArrayList<>();
        for (int code = 0; code < byCode.length; code++) {
            if (byCode[code] != null) {
                FlowKey key = FlowKey.ofCode(code);
                kinds.add(new KindFlows(key.kind(), key.direction(), byCode[code].toFlows()));
            }
        }
        return kinds;
    }

    /** End-of-day balances over the last {@code length} days, from the activity start at the earliest. */
    private BalanceWindow balanceWindow(int length) {
        BalanceWindow window = new BalanceWindow();
        if (start != NONE) {
            state.forEachBalanceRun(Math.max(asOf - length + 1, start), asOf, window::add);
        }
        return window;
    }

    private BalanceHistory balanceSinceOpening() {
        BalanceHistory history = state.settledBalances.copy();
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
        long count = onlyBeforeOpening ? state.settledTransactionsBeforeOpening : state.settledTransactions;
        for (DailyActivity activity : state.days) {
            if (activity.day > asOf) {
                break;
            }
            boolean counted = !onlyBeforeOpening || state.beforeOpening(activity.day);
            if (activity.day > state.settledThrough && counted) {
                count += activity.transactions;
            }
        }
        return count;
    }

    /** Mean monthly income over the last 365 days, or since the activity start; at least one month is assumed. */
    private double monthlyIncome(int coveredDays) {
        double months = Math.max(1.0, coveredDays / EventDays.DAYS_PER_MONTH);
        return Money.crowns(income.days365.sum) / months;
    }

    private Double savingsRatio() {
        long in = credits.days365.sum;
        return in == 0 ? null : (double) (in - debits.days365.sum) / in;
    }

    /** Transactions per month over 90 days divided by their mean amount in thousands of CZK. */
    private double smallVsLarge(int coveredDays) {
        int count = credits.days90.count + debits.days90.count;
        long sum = credits.days90.sum + debits.days90.sum;
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
