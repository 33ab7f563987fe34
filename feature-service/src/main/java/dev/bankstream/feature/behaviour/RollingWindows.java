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
    /** Per window and group (index {@code window * GROUPS + group}): count and sum, in cents. */
    private final int[] counts = new int[LENGTHS.length * GROUPS];
    private final long[] sums = new long[LENGTHS.length * GROUPS];
    /**
     * Per flow code used, its largest amounts, for all three windows. Kept like the counts, with the largest amount
     * looked for again among the days still in a window whenever the last day holding it left, they were a tenth of
     * the stream thread's time: that walked up to a year of days long out of the CPU's caches.
     */
    private final SlidingMaximum[] largest = new SlidingMaximum[FlowKey.codeCount()];
    private final BalanceDistribution[] balances = {new BalanceDistribution(), new BalanceDistribution(),
            new BalanceDistribution()};
    /**
     * Per window, the {@link ActivityDays#position} of its first day with activity: the days that leave it on the
     * next move are read from there on. Looking for each window's first day again was 5 % of the stream thread's
     * time, every search starting in a part of the account's days long out of the CPU's caches.
     */
    private final int[] edges = new int[LENGTHS.length];

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
        ActivityDays days = state.days;
        state.forEachActivity(firstNewDay, day, activity -> enter(activity, day));
        for (int window = 0; window < LENGTHS.length; window++) {
            int length = LENGTHS[window];
            int newStart = day - length + 1;
            BalanceDistribution distribution = balances[window];
            if (start != NONE) {
                state.forEachBalanceRun(Math.max(Math.max(firstNewDay, newStart), start), day, distribution::add);
            }
            int edge;
            if (asOf == NONE) {
                edge = days.firstAfter(newStart - 1);
            } else {
                int oldStart = asOf - length + 1;
                int lastLeaving = Math.min(asOf, newStart - 1);
                edge = days.index(edges[window]);
                if (start != NONE) {
                    state.forEachBalanceRunFrom(edge, Math.max(oldStart, start), lastLeaving, distribution::remove);
                }
                for (; edge < days.size() && days.day(edge) <= lastLeaving; edge++) {
                    forEachEntry(window * GROUPS, days.get(edge), this::leave);
                }
                // Days after the old as-of day but before the new window never entered it.
                while (edge < days.size() && days.day(edge) < newStart) {
                    edge++;
                }
            }
            edges[window] = days.position(edge);
        }
        asOf = day;
        for (SlidingMaximum code : largest) {
            if (code != null) {
                code.dropBefore(day - AccountState.LONGEST_WINDOW + 1);
            }
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

    private void enter(DailyActivity activity, int day) {
        if (activity.hasIncome() && activity.day > lastIncomeDay) {
            lastIncomeDay = activity.day;
        }
        for (int i = 0; i < activity.size(); i++) {
            int code = activity.code(i);
            if (largest[code] == null) {
                largest[code] = new SlidingMaximum();
            }
            largest[code].add(activity.day, activity.max(i));
        }
        for (int window = 0; window < LENGTHS.length; window++) {
            if (activity.day > day - LENGTHS[window]) {
                forEachEntry(window * GROUPS, activity, this::enter);
            }
        }
    }

    private interface EntryConsumer {
        void accept(int at, int count, long sum);
    }

    /** Each of the day's flows, once under its own code's group and once under each group it belongs to. */
    private static void forEachEntry(int base, DailyActivity activity, EntryConsumer consumer) {
        for (int i = 0; i < activity.size(); i++) {
            int code = activity.code(i);
            int count = activity.count(i);
            long sum = activity.sum(i);
            consumer.accept(base + FIRST_CODE + code, count, sum);
            consumer.accept(base + (FlowKey.isDebit(code) ? DEBITS : CREDITS), count, sum);
            if (FlowKey.isIncome(code)) {
                consumer.accept(base + INCOME, count, sum);
            }
        }
    }

    private void enter(int at, int count, long sum) {
        counts[at] += count;
        sums[at] += sum;
    }

    private void leave(int at, int count, long sum) {
        counts[at] -= count;
        sums[at] -= sum;
    }

    private WindowedFlows flows(int group) {
        return new WindowedFlows(stats(DAYS_30, group), stats(DAYS_90, group), stats(DAYS_365, group));
    }

    private FlowStats stats(int window, int group) {
        int at = window * GROUPS + group;
        int count = counts[at];
        double mean = count == 0 ? 0.0 : Money.crowns(sums[at]) / count;
        return new FlowStats(count, Money.crowns(sums[at]), mean, Money.crowns(largest(window, group)));
    }

    /** A group of several codes holds the largest amount of the largest of its codes. */
    private long largest(int window, int group) {
        int firstDay = asOf - LENGTHS[window] + 1;
        if (group >= FIRST_CODE) {
            SlidingMaximum code = largest[group - FIRST_CODE];
            return code == null ? 0 : code.largestFrom(firstDay);
        }
        long max = 0;
        for (int code = 0; code < largest.length; code++) {
            if (largest[code] != null && inGroup(group, code)) {
                max = Math.max(max, largest[code].largestFrom(firstDay));
            }
        }
        return max;
    }

    private static boolean inGroup(int group, int code) {
        return switch (group) {
            case CREDITS -> !FlowKey.isDebit(code);
            case DEBITS -> FlowKey.isDebit(code);
            case INCOME -> FlowKey.isIncome(code);
            default -> throw new IllegalArgumentException("Group " + group + " is a single code's");
        };
    }

    private void clear() {
        asOf = NONE;
        lastIncomeDay = NONE;
        Arrays.fill(counts, 0);
        Arrays.fill(sums, 0);
        for (SlidingMaximum code : largest) {
            if (code != null) {
                code.clear();
            }
        }
        for (BalanceDistribution distribution : balances) {
            distribution.clear();
        }
    }
}
