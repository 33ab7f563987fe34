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

    private int asOf = NONE;
    private int lastIncomeDay = NONE;
    /** Per window and group (index {@code window * GROUPS + group}): count, sum and largest amount, in cents. */
    private final int[] counts = new int[LENGTHS.length * GROUPS];
    private final long[] sums = new long[LENGTHS.length * GROUPS];
    private final long[] maxima = new long[LENGTHS.length * GROUPS];
    /**
     * How many daily entries in the window hold the largest amount: when the last of them leaves, the largest amount
     * is looked for again among the days still in the window. A monthly salary of the same amount is never the last.
     */
    private final int[] atMaximum = new int[LENGTHS.length * GROUPS];
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
        int firstNewDay = asOf == NONE ? NONE : asOf + 1;
        int start = state.activityStart(day);
        // Entries enter before others leave, so that an equal largest amount replacing one that leaves is counted.
        state.forEachActivity(firstNewDay, day, i -> enter(state.days, i, day));
        for (int window = 0; window < LENGTHS.length; window++) {
            int length = LENGTHS[window];
            BalanceDistribution distribution = balances[window];
            if (start != NONE) {
                state.forEachBalanceRun(Math.max(Math.max(firstNewDay, day - length + 1), start), day, distribution::add);
            }
            if (asOf != NONE) {
                int lastLeaving = Math.min(asOf, day - length);
                int firstLeaving = asOf - length + 1;
                int leavingWindow = window;
                state.forEachActivity(firstLeaving, lastLeaving,
                        i -> forEachEntry(leavingWindow * GROUPS, state.days, i, this::leave));
                if (start != NONE) {
                    state.forEachBalanceRun(Math.max(firstLeaving, start), lastLeaving, distribution::remove);
                }
            }
        }
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

    /** Flows per kind and direction, for each that occurred in the last 365 days. */
    List<KindFlows> byKind() {
        List<KindFlows> kinds = new ArrayList<>(FlowKey.codeCount());
        for (int code = 0; code < FlowKey.codeCount(); code++) {
            if (counts[DAYS_365 * GROUPS + FIRST_CODE + code] > 0) {
                FlowKey key = FlowKey.ofCode(code);
                kinds.add(new KindFlows(key.kind(), key.direction(), flows(FIRST_CODE + code)));
            }
        }
        return kinds;
    }

    long creditSum(int window) {
        return sums[window * GROUPS + CREDITS];
    }

    long debitSum(int window) {
        return sums[window * GROUPS + DEBITS];
    }

    long incomeSum(int window) {
        return sums[window * GROUPS + INCOME];
    }

    /** Credits and debits together. */
    int transferCount(int window) {
        return counts[window * GROUPS + CREDITS] + counts[window * GROUPS + DEBITS];
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
                forEachEntry(window * GROUPS, days, index, this::enter);
            }
        }
    }

    private interface EntryConsumer {
        void accept(int at, int count, long sum, long max);
    }

    /** Each of the day's flows, once under its own code's group and once under each group it belongs to. */
    private static void forEachEntry(int base, ActivityDays days, int index, EntryConsumer consumer) {
        for (int entry = days.entryStart(index); entry < days.entryEnd(index); entry++) {
            int code = days.code(entry);
            int count = days.count(entry);
            long sum = days.sum(entry);
            long max = days.max(entry);
            consumer.accept(base + FIRST_CODE + code, count, sum, max);
            consumer.accept(base + (FlowKey.isDebit(code) ? DEBITS : CREDITS), count, sum, max);
            if (FlowKey.isIncome(code)) {
                consumer.accept(base + INCOME, count, sum, max);
            }
        }
    }

    private void enter(int at, int count, long sum, long max) {
        counts[at] += count;
        sums[at] += sum;
        countMaximum(at, max);
    }

    private void leave(int at, int count, long sum, long max) {
        counts[at] -= count;
        sums[at] -= sum;
        if (max == maxima[at]) {
            atMaximum[at]--;
        }
        if (counts[at] == 0) {
            maxima[at] = 0;
            atMaximum[at] = 0;
        }
    }

    /** Looks for the largest amount again in every group of the window whose largest entries have all left. */
    private void findLostMaxima(AccountState state, int window) {
        int base = window * GROUPS;
        boolean[] lost = null;
        for (int group = 0; group < GROUPS; group++) {
            if (counts[base + group] > 0 && atMaximum[base + group] == 0) {
                if (lost == null) {
                    lost = new boolean[GROUPS];
                }
                lost[group] = true;
                maxima[base + group] = 0;
            }
        }
        if (lost == null) {
            return;
        }
        boolean[] lostGroups = lost;
        state.forEachActivity(asOf - LENGTHS[window] + 1, asOf, i -> forEachEntry(base, state.days, i,
                (at, count, sum, max) -> {
                    if (lostGroups[at - base]) {
                        countMaximum(at, max);
                    }
                }));
    }

    private void countMaximum(int at, long max) {
        if (max > maxima[at]) {
            maxima[at] = max;
            atMaximum[at] = 1;
        } else if (max == maxima[at]) {
            atMaximum[at]++;
        }
    }

    private WindowedFlows flows(int group) {
        return new WindowedFlows(stats(DAYS_30, group), stats(DAYS_90, group), stats(DAYS_365, group));
    }

    private FlowStats stats(int window, int group) {
        int at = window * GROUPS + group;
        int count = counts[at];
        double mean = count == 0 ? 0.0 : Money.crowns(sums[at]) / count;
        return new FlowStats(count, Money.crowns(sums[at]), mean, Money.crowns(maxima[at]));
    }

    private void clear() {
        asOf = NONE;
        lastIncomeDay = NONE;
        Arrays.fill(counts, 0);
        Arrays.fill(sums, 0);
        Arrays.fill(maxima, 0);
        Arrays.fill(atMaximum, 0);
        for (BalanceDistribution distribution : balances) {
            distribution.clear();
        }
    }
}
