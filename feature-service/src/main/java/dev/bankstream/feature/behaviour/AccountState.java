package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.behaviour.EventDays.NONE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.StandingOrderSet;
import dev.bankstream.schemas.Transaction;

/**
 * Everything the service keeps about one account, in bounded space, able to describe the account as of any day from
 * the last settled day onwards.
 *
 * <p>Days move through two stages. An <em>open</em> day may still receive events (they can arrive out of order
 * within the grace period); the account keeps its activity in {@link ActivityDays}. When the caller
 * declares days final ({@link #closeThrough}), the account emits what those days changed and <em>settles</em> them:
 * their balances are folded into running since-opening statistics, and activity older than the longest window
 * (365 days) is dropped, keeping only its closing balance and last income day. Settled days never change again:
 * the caller must reject events dated on or before the last final day.
 */
public final class AccountState {

    /** The longest window a feature looks back over, in days. */
    static final int LONGEST_WINDOW = 365;

    final long accountId;
    final AccountFacts facts;
    int firstTransactionDay = NONE;
    int lastEventDay = NONE;
    /** Open and recent days with transactions, ascending; nothing older than {@link #LONGEST_WINDOW} before the settled day. */
    final ActivityDays days;
    /** Closing balance of the last day dropped from {@link #days}; zero before any. */
    long droppedBalance;
    int droppedIncomeDay = NONE;
    int settledThrough = NONE;
    long settledTransactions;
    long settledTransactionsBeforeOpening;
    final BalanceHistory settledBalances;
    /** Days after {@link #settledThrough} on which something happened to the account, ascending. */
    final List<Integer> changedDays;
    /** The windows of the last snapshot taken as of a final day, moved on by the next one. */
    private final RollingWindows windows = new RollingWindows();
    /**
     * {@link #dueDay()}, kept up to date: it is asked twice per input record (a plain int), and working it out each
     * time from the changed days and the loans reached into four more objects of an account not yet in the CPU's
     * caches: 7 % of the stream thread.
     */
    private int dueDay;

    public AccountState(long accountId) {
        this(accountId, new AccountFacts(), new ActivityDays(), new BalanceHistory(), new ArrayList<>());
    }

    AccountState(long accountId, AccountFacts facts, ActivityDays days, BalanceHistory settledBalances,
            List<Integer> changedDays) {
        this.accountId = accountId;
        this.facts = facts;
        this.days = days;
        this.settledBalances = settledBalances;
        this.changedDays = changedDays;
        this.dueDay = earliestDueDay();
    }

    public long accountId() {
        return accountId;
    }

    /** The latest day anything happened to the account; {@link EventDays#NONE} for none. */
    public int lastEventDay() {
        return lastEventDay;
    }

    /**
     * The latest day the account can be described as of: its last event day, or the last day it was settled through
     * when time has moved on since.
     */
    public int latestKnownDay() {
        return Math.max(lastEventDay, settledThrough);
    }

    public long transactionCount() {
        long count = settledTransactions;
        for (int i = 0; i < days.size(); i++) {
            if (days.day(i) > settledThrough) {
                count += days.transactions(i);
            }
        }
        return count;
    }

    /** Transactions on final days that were booked before the account's opening, or for an account never opened. */
    public long settledTransactionsBeforeOpening() {
        return settledTransactionsBeforeOpening;
    }

    /** Balance after the latest transaction. */
    public long balanceCents() {
        return days.isEmpty() ? droppedBalance : days.closingBalance(days.size() - 1);
    }

    public void apply(Transaction transaction) {
        int day = EventDays.dayOf(transaction.getBookingDate());
        requireOpen(day);
        days.add(day, FlowKey.code(transaction.getKind(), transaction.getDirection()),
                Money.cents(transaction.getAmount()), Money.cents(transaction.getBalanceAfter()));
        if (firstTransactionDay == NONE || day < firstTransactionDay) {
            firstTransactionDay = day;
        }
        changed(day);
    }

    public void apply(AccountEvent event) {
        int day = EventDays.dayOf(event.getEventDate());
        requireOpen(day);
        Object payload = event.getPayload();
        if (payload instanceof AccountOpened opened) {
            facts.opened(opened, day);
        } else if (payload instanceof ClientLinked linked) {
            facts.linked(linked, day);
        } else if (payload instanceof StandingOrderSet order) {
            facts.standingOrderSet(order, day);
        } else if (payload instanceof LoanGranted loan) {
            facts.loanGranted(loan, day);
            dueDay = earliestDueDay();
        } else if (payload instanceof CardIssued card) {
            facts.cardIssued(card, day);
        } else {
            throw new IllegalArgumentException("Unknown account event payload " + payload.getClass().getName());
        }
        changed(day);
    }

    /** The account as of the end of a day on or after the last settled day. */
    public AccountBehaviour snapshot(int asOfDay, ReferenceData reference) {
        if (settledThrough != NONE && asOfDay < settledThrough) {
            throw new IllegalArgumentException("Day " + EventDays.dateOf(asOfDay) + " is before the settled day "
                    + EventDays.dateOf(settledThrough));
        }
        // The day may still change, so the account's own windows must not move to it.
        RollingWindows fresh = new RollingWindows();
        fresh.moveTo(this, asOfDay);
        return new BehaviourSnapshot(this, asOfDay, fresh, reference).build();
    }

    /** The account as of the end of a day being declared final, through the account's own windows. */
    private AccountBehaviour finalSnapshot(int asOfDay, ReferenceData reference) {
        windows.moveTo(this, asOfDay);
        return new BehaviourSnapshot(this, asOfDay, windows, reference).build();
    }

    /**
     * The earliest final day that will make this account emit something: its earliest changed day, or the eve of a
     * loan grant still waiting for its snapshot. {@link EventDays#NONE} when nothing is waiting.
     */
    public int dueDay() {
        return dueDay;
    }

    private int earliestDueDay() {
        int due = changedDays.isEmpty() ? NONE : changedDays.get(0);
        for (AccountFacts.Loan loan : facts.loans) {
            if (!loan.snapshotTaken() && (due == NONE || loan.day() - 1 < due)) {
                due = loan.day() - 1;
            }
        }
        return due;
    }

    /**
     * Declares every day up to and including {@code finalDay} final: returns one behaviour snapshot per changed day
     * (as of that day, in day order) and one loan snapshot per loan whose grant eve is now final (as of that eve),
     * then settles the days.
     */
    public ClosedDays closeThrough(int finalDay, ReferenceData reference) {
        List<LoanSnapshot> loanSnapshots = new ArrayList<>();
        for (int i = 0; i < facts.loans.size(); i++) {
            AccountFacts.Loan loan = facts.loans.get(i);
            if (!loan.snapshotTaken() && loan.day() - 1 <= finalDay) {
                loanSnapshots.add(LoanSnapshots.of(loan, accountId, finalSnapshot(loan.day() - 1, reference)));
                facts.loans.set(i, loan.withSnapshotTaken());
            }
        }
        List<AccountBehaviour> behaviours = new ArrayList<>();
        while (!changedDays.isEmpty() && changedDays.get(0) <= finalDay) {
            behaviours.add(finalSnapshot(changedDays.remove(0), reference));
        }
        settle(finalDay);
        dueDay = earliestDueDay();
        return new ClosedDays(behaviours, loanSnapshots);
    }

    /** First day the account's history covers as of a day: its opening or first transaction, whichever is earlier. */
    int activityStart(int asOfDay) {
        int start = NONE;
        if (facts.opening != null && facts.opening.day() <= asOfDay) {
            start = facts.opening.day();
        }
        if (firstTransactionDay != NONE && firstTransactionDay <= asOfDay && (start == NONE || firstTransactionDay < start)) {
            start = firstTransactionDay;
        }
        return start;
    }

    /** Whether a transaction on the day counts as booked before the account's opening (as known now). */
    boolean beforeOpening(int day) {
        return facts.opening == null || day < facts.opening.day();
    }

    interface BalanceRunConsumer {
        void accept(long balance, int length);
    }

    /** Calls back with runs of consecutive days that closed on the same balance, covering {@code from..to}. */
    void forEachBalanceRun(int from, int to, BalanceRunConsumer consumer) {
        if (from <= to) {
            forEachBalanceRunFrom(days.firstAfter(from), from, to, consumer);
        }
    }

    /**
     * As {@link #forEachBalanceRun(int, int, BalanceRunConsumer)}, given the index in {@link #days} of the first day
     * with transactions on or after {@code from} (which {@link RollingWindows} keeps), instead of searching for it.
     */
    void forEachBalanceRun(int from, int to, int firstOnOrAfter, BalanceRunConsumer consumer) {
        if (from <= to) {
            boolean onFrom = firstOnOrAfter < days.size() && days.day(firstOnOrAfter) == from;
            forEachBalanceRunFrom(onFrom ? firstOnOrAfter + 1 : firstOnOrAfter, from, to, consumer);
        }
    }

    /** The runs from {@code from}, whose first day with transactions after it is at index {@code firstAfterFrom}. */
    private void forEachBalanceRunFrom(int firstAfterFrom, int from, int to, BalanceRunConsumer consumer) {
        int i = firstAfterFrom;
        long balance = i == 0 ? droppedBalance : days.closingBalance(i - 1);
        int runStart = from;
        while (i < days.size() && days.day(i) <= to) {
            consumer.accept(balance, days.day(i) - runStart);
            balance = days.closingBalance(i);
            runStart = days.day(i);
            i++;
        }
        consumer.accept(balance, to - runStart + 1);
    }

    /** Calls back with the index in {@link #days} of each day in {@code from..to} that had transactions, in day order. */
    void forEachActivity(int from, int to, IntConsumer consumer) {
        for (int i = from == NONE ? 0 : days.firstAfter(from - 1); i < days.size() && days.day(i) <= to; i++) {
            consumer.accept(i);
        }
    }

    private void settle(int finalDay) {
        if (settledThrough != NONE && finalDay <= settledThrough) {
            return;
        }
        // Days about to be dropped may still be in the windows, which must take them out first.
        windows.moveForwardIfInUse(this, finalDay);
        int start = activityStart(finalDay);
        if (start != NONE) {
            int from = settledThrough == NONE ? start : Math.max(settledThrough + 1, start);
            forEachBalanceRun(from, finalDay, settledBalances::add);
        }
        forEachActivity(settledThrough == NONE ? NONE : settledThrough + 1, finalDay, i -> {
            settledTransactions += days.transactions(i);
            if (beforeOpening(days.day(i))) {
                settledTransactionsBeforeOpening += days.transactions(i);
            }
        });
        settledThrough = finalDay;
        dropActivityBefore(finalDay - LONGEST_WINDOW + 1);
    }

    private void dropActivityBefore(int firstKeptDay) {
        int dropped = 0;
        while (dropped < days.size() && days.day(dropped) < firstKeptDay) {
            droppedBalance = days.closingBalance(dropped);
            if (days.hasIncome(dropped)) {
                droppedIncomeDay = days.day(dropped);
            }
            dropped++;
        }
        days.dropFirst(dropped);
    }

    private void requireOpen(int day) {
        if (settledThrough != NONE && day <= settledThrough) {
            throw new IllegalArgumentException("Day " + EventDays.dateOf(day) + " of account " + accountId
                    + " is already settled (through " + EventDays.dateOf(settledThrough) + "): late input must be rejected before it reaches the state");
        }
    }

    private void changed(int day) {
        if (day > lastEventDay) {
            lastEventDay = day;
        }
        int i = changedDays.size() - 1;
        while (i >= 0 && changedDays.get(i) > day) {
            i--;
        }
        if (i < 0 || changedDays.get(i) != day) {
            changedDays.add(i + 1, day);
            if (dueDay == NONE || day < dueDay) {
                dueDay = day;
            }
        }
    }
}
