package dev.bankstream.feature.behaviour;

import java.util.Arrays;

import dev.bankstream.schemas.BalanceStats;

/**
 * Exact statistics of end-of-day balances over a window, fed as runs of days with the same closing balance.
 * Every calendar day counts once: a day without transactions carries the previous day's balance.
 */
final class BalanceWindow {

    /** More runs than a window can hold: one per day of the longest window, plus a leading one. */
    private static final int RUN_INDEX_SLOTS = 1024;

    private long[] balances = new long[8];
    private int[] lengths = new int[8];
    private int runs;
    private int days;

    void add(long balance, int length) {
        if (runs == balances.length) {
            balances = Arrays.copyOf(balances, runs * 2);
            lengths = Arrays.copyOf(lengths, runs * 2);
        }
        balances[runs] = balance;
        lengths[runs] = length;
        runs++;
        days += length;
    }

    int days() {
        return days;
    }

    BalanceStats toStats() {
        if (days == 0) {
            return BalanceStatistics.empty();
        }
        long min = Long.MAX_VALUE;
        double weightedSum = 0;
        for (int i = 0; i < runs; i++) {
            min = Math.min(min, balances[i]);
            weightedSum += (double) balances[i] * lengths[i];
        }
        double mean = weightedSum / days;
        double squares = 0;
        for (int i = 0; i < runs; i++) {
            double deviation = balances[i] - mean;
            squares += deviation * deviation * lengths[i];
        }
        return BalanceStatistics.of(min, mean, firstQuartile(), Math.sqrt(squares / days), days);
    }

    /**
     * Nearest rank: the ceil(n/4)-th smallest of the n daily balances. Runs are sorted as primitive longs that pack
     * the balance above the run's index ({@link #RUN_INDEX_SLOTS} per balance), since every snapshot computes this
     * three times and boxed sorting was a visible share of a profile.
     */
    private long firstQuartile() {
        if (runs > RUN_INDEX_SLOTS) {
            throw new IllegalStateException(runs + " balance runs in one window; at most " + RUN_INDEX_SLOTS + " fit");
        }
        long[] order = new long[runs];
        for (int i = 0; i < runs; i++) {
            order[i] = Math.multiplyExact(balances[i], (long) RUN_INDEX_SLOTS) + i;
        }
        Arrays.sort(order);
        long rank = BalanceStatistics.firstQuartileRank(days);
        long seen = 0;
        for (long packed : order) {
            int run = (int) Math.floorMod(packed, (long) RUN_INDEX_SLOTS);
            seen += lengths[run];
            if (seen >= rank) {
                return balances[run];
            }
        }
        throw new IllegalStateException("rank beyond the window");
    }
}
