package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.behaviour.EventDays.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.WindowedFlows;

/**
 * An account's flows and end-of-day balances over the last 30, 90 and 365 days as of one day, kept by moving that day
 * forward: a move adds the days that entered each window and takes out the days that left it. A snapshot then costs
 * the few days since the previous one, where walking a year of daily activity for every snapshot was a quarter of the
 * stream thread's time.
 *
 * <p>The days covered must not change while they are covered, so an account moves its own windows over final days
 * only ({@link AccountState#closeThrough}); a snapshot of any other day starts from empty windows. Moving backwards
 * (the eve of a loan granted after other changed days) starts again from empty, as does an account decoded from the
 * store: the windows live in memory only.
 *
 * <p>Windows end on the as-of day and reach back {@code n-1} days ("last 30 days" on day D = D-29..D), never before
 * the account's activity start.
 */
final class RollingWindows {

    static final int DAYS_30 = 0;
    static final int DAYS_90 = 1;
    static final int DAYS_365 = 2;
    private static final int[] LENGTHS = {30, 90, AccountState.LONGEST_WINDOW};

    /** Flow groups: all credits, all debits, income, then one per {@link FlowKey} code. */
    private static final int CREDITS = 0;
    private static final int DEBITS = 1;
    private static final int INCOME = 2;
    private static final int FIRST_CODE = 3;
    private static final int GROUPS = FIRST_CODE + FlowKey.codeCount();

    static {
        if (GROUPS > Long.SIZE) {
            throw new ExceptionInInitializerError(GROUPS + " flow groups do not fit the windows' bit sets");
        }
    }

    /**
     * Fields of a group's statistics in one window: count, sum and largest amount (in cents), and how many daily
     * entries in the window hold the largest amount: when the last of them leaves, the largest amount is looked for
     * again among the days still in the window. A monthly salary of the same amount is never the last.
     */
    private static final int COUNT = 0;
    private static final int SUM = 1;
    private static final int MAX = 2;
    private static final int AT_MAX = 3;
    private static final int FIELDS = 4;

    private int asOf = NONE;
    private int lastIncomeDay = NONE;
    /**
     * Cursors into the account's days ({@link ActivityDays#position}), valid while {@link #asOf} is set: the first day
     * with transactions after the as-of day, and each window's first day with transactions (on or after its first
     * day). A move walks on from them: searching for them took a tenth of the stream thread.
     */
    private long firstAfterAsOf;
    private final long[] windowStarts = new long[LENGTHS.length];
    /**
     * The statistics of each group in each window, a group's three windows side by side (at {@link #at}): a snapshot
     * reads and moves a handful of groups in all three windows, and with one array per statistic and window it touched
     * every cache line of them, for an account whose state is long out of the cache.
     */
    private final long[] stats = new long[GROUPS * LENGTHS.length * FIELDS];
    /** Per window, a bit for each group with entries in it (groups fit in a long), so that only those are read. */
    private final long[] present = new long[LENGTHS.length];
    /** Per window, a bit for each group whose largest amount left the window with the last entry holding it. */
    private final long[] lostMaxima = new long[LENGTHS.length];
    private final BalanceDistribution[] balances = {new BalanceDistribution(), new BalanceDistribution(),
            new BalanceDistribution()};

    /** Moves the windows to end on {@code day}; the account's days up to it must not change while they are used. */
    void moveTo(AccountState state, int day) {
        if (asOf != NONE && day < asOf) {
            clear();
        }
        if (day == asOf) {
            return;
        }
        ActivityDays days = state.days;
        boolean moving = asOf != NONE;
        int start = state.activityStart(day);
        // Entries enter before others leave, so that an equal largest amount replacing one that leaves is counted.
        int firstNew = moving ? days.index(firstAfterAsOf) : 0;
        int afterDay = firstNew;
        for (; afterDay < days.size() && days.day(afterDay) <= day; afterDay++) {
            enter(days, afterDay, day);
        }
        for (int window = 0; window < LENGTHS.length; window++) {
            int length = LENGTHS[window];
            // The window's first day moves from asOf - length + 1 to day - length + 1: the days passed over leave it,
            // those up to the old as-of day (later ones never entered).
            int oldEdge = moving ? days.index(windowStarts[window]) : days.firstAfter(day - length);
            int edge = oldEdge;
            for (; edge < days.size() && days.day(edge) <= day - length; edge++) {
                if (days.day(edge) <= asOf) {
                    forEachEntry(window, days, edge, this::leave);
                }
            }
            windowStarts[window] = days.position(edge);
            if (start != NONE) {
                BalanceDistribution distribution = balances[window];
                int firstAdded = Math.max(Math.max(moving ? asOf + 1 : NONE, day - length + 1), start);
                state.forEachBalanceRun(firstAdded, day, Math.max(firstNew, edge), distribution::add);
                if (moving) {
                    state.forEachBalanceRun(Math.max(asOf - length + 1, start), Math.min(asOf, day - length), oldEdge,
                            distribution::remove);
                }
            }
        }
        firstAfterAsOf = days.position(afterDay);
        asOf = day;
        for (int window = 0; window < LENGTHS.length; window++) {
            findLostMaxima(state, window);
        }
    }

    /** Moves windows already in use on to a later day (a final one); empty windows stay empty. */
    void moveForwardIfInUse(AccountState state, int day) {
        if (asOf != NONE && day > asOf) {
            moveTo(state, day);
        }
    }

    /** The latest day with income up to the as-of day, {@link EventDays#NONE} for none. */
    int lastIncomeDay(AccountState state) {
        // Days dropped from the state are older than any it keeps.
        return Math.max(lastIncomeDay, state.droppedIncomeDay);
    }

    WindowedFlows credits() {
        return flows(CREDITS);
    }

    WindowedFlows debits() {
        return flows(DEBITS);
    }

    /** Flows per kind and direction, for each that occurred in the last 365 days, in code order. */
    List<KindFlows> byKind() {
        long codes = present[DAYS_365] >>> FIRST_CODE;
        List<KindFlows> kinds = new ArrayList<>(Long.bitCount(codes));
        for (; codes != 0; codes &= codes - 1) {
            int code = Long.numberOfTrailingZeros(codes);
            FlowKey key = FlowKey.ofCode(code);
            kinds.add(new KindFlows(key.kind(), key.direction(), flows(FIRST_CODE + code)));
        }
        return kinds;
    }

    long creditSum(int window) {
        return stats[at(window, CREDITS) + SUM];
    }

    long debitSum(int window) {
        return stats[at(window, DEBITS) + SUM];
    }

    long incomeSum(int window) {
        return stats[at(window, INCOME) + SUM];
    }

    /** Credits and debits together. */
    int transferCount(int window) {
        return (int) (stats[at(window, CREDITS) + COUNT] + stats[at(window, DEBITS) + COUNT]);
    }

    BalanceStats balance(int window) {
        return balances[window].toStats();
    }

    /** Days the window covers: its length, or fewer since the activity start. */
    int coveredDays(int window) {
        return balances[window].days();
    }

    private void enter(ActivityDays days, int index, int day) {
        int entering = days.day(index);
        if (entering > lastIncomeDay && days.hasIncome(index)) {
            lastIncomeDay = entering;
        }
        for (int window = 0; window < LENGTHS.length; window++) {
            if (entering > day - LENGTHS[window]) {
                forEachEntry(window, days, index, this::enter);
            }
        }
    }

    /** Where a group's statistics in a window begin in {@link #stats}. */
    private static int at(int window, int group) {
        return (group * LENGTHS.length + window) * FIELDS;
    }

    private interface EntryConsumer {
        void accept(int window, int group, int count, long sum, long max);
    }

    /** Each of the day's flows, once under its own code's group and once under each group it belongs to. */
    private static void forEachEntry(int window, ActivityDays days, int index, EntryConsumer consumer) {
        for (int entry = days.entryStart(index); entry < days.entryEnd(index); entry++) {
            int code = days.code(entry);
            int count = days.count(entry);
            long sum = days.sum(entry);
            long max = days.max(entry);
            consumer.accept(window, FIRST_CODE + code, count, sum, max);
            consumer.accept(window, FlowKey.isDebit(code) ? DEBITS : CREDITS, count, sum, max);
            if (FlowKey.isIncome(code)) {
                consumer.accept(window, INCOME, count, sum, max);
            }
        }
    }

    private void enter(int window, int group, int count, long sum, long max) {
        int at = at(window, group);
        stats[at + COUNT] += count;
        stats[at + SUM] += sum;
        countMaximum(at, max);
        present[window] |= 1L << group;
    }

    private void leave(int window, int group, int count, long sum, long max) {
        int at = at(window, group);
        stats[at + COUNT] -= count;
        stats[at + SUM] -= sum;
        if (max == stats[at + MAX] && --stats[at + AT_MAX] == 0) {
            lostMaxima[window] |= 1L << group;
        }
        if (stats[at + COUNT] == 0) {
            stats[at + MAX] = 0;
            stats[at + AT_MAX] = 0;
            present[window] &= ~(1L << group);
            lostMaxima[window] &= ~(1L << group);
        }
    }

    /** Looks for the largest amount again in every group of the window whose largest entries have all left. */
    private void findLostMaxima(AccountState state, int window) {
        long lost = lostMaxima[window];
        if (lost == 0) {
            return;
        }
        for (long groups = lost; groups != 0; groups &= groups - 1) {
            stats[at(window, Long.numberOfTrailingZeros(groups)) + MAX] = 0;
        }
        lostMaxima[window] = 0;
        state.forEachActivity(asOf - LENGTHS[window] + 1, asOf, i -> forEachEntry(window, state.days, i,
                (inWindow, group, count, sum, max) -> {
                    if ((lost & 1L << group) != 0) {
                        countMaximum(at(inWindow, group), max);
                    }
                }));
    }

    private void countMaximum(int at, long max) {
        if (max > stats[at + MAX]) {
            stats[at + MAX] = max;
            stats[at + AT_MAX] = 1;
        } else if (max == stats[at + MAX]) {
            stats[at + AT_MAX]++;
        }
    }

    private WindowedFlows flows(int group) {
        return new WindowedFlows(flowStats(DAYS_30, group), flowStats(DAYS_90, group), flowStats(DAYS_365, group));
    }

    private FlowStats flowStats(int window, int group) {
        int at = at(window, group);
        int count = (int) stats[at + COUNT];
        double sum = Money.crowns(stats[at + SUM]);
        return new FlowStats(count, sum, count == 0 ? 0.0 : sum / count, Money.crowns(stats[at + MAX]));
    }

    private void clear() {
        asOf = NONE;
        lastIncomeDay = NONE;
        Arrays.fill(stats, 0);
        Arrays.fill(present, 0);
        Arrays.fill(lostMaxima, 0);
        for (BalanceDistribution distribution : balances) {
            distribution.clear();
        }
    }
}
