package dev.bankstream.feature.behaviour;

import java.util.Arrays;

import dev.bankstream.schemas.BalanceStats;

/**
 * Exact statistics of end-of-day balances over a window, fed as runs of days with the same closing balance.
 * Every calendar day counts once: a day without transactions carries the previous day's balance.
 *
 * <p>A snapshot needs the last 30, 90 and 365 days. Each is the tail of the longest one, so the runs are collected
 * once, for the longest window, and sorted once for the quartiles; {@link #lastDays} describes a tail. Collecting and
 * sorting each window on its own was a tenth of the stream thread's time. A tail's statistics are computed over the
 * same runs in the same order as a window collected on its own, so they are the same to the last bit.
 */
final class BalanceWindow {

    /** More runs than a window can hold: one per day of the longest window, plus a leading one. */
    private static final int RUN_INDEX_SLOTS = 1024;

    private long[] balances = new long[64];
    private int[] lengths = new int[64];
    private int runs;
    private int days;
    /** Runs in ascending balance order (balance and run index packed, see {@link #firstQuartile}); sorted once. */
    private long[] byBalance;

    void add(long balance, int length) {
        if (runs == balances.length) {
            balances = Arrays.copyOf(balances, runs * 2);
            lengths = Arrays.copyOf(lengths, runs * 2);
        }
        balances[runs] = balance;
        lengths[runs] = length;
        runs++;
        days += length;
        byBalance = null;
    }

    /** The window's last {@code length} days (all of it when it covers fewer). */
    Tail lastDays(int length) {
        int covered = Math.min(length, days);
        if (covered == 0) {
            return new Tail(runs, 0, 0);
        }
        int first = runs;
        int daysFromFirst = 0;
        while (daysFromFirst < covered) {
            first--;
            daysFromFirst += lengths[first];
        }
        // The tail starts inside its first run: only that run's last days count.
        return new Tail(first, lengths[first] - (daysFromFirst - covered), covered);
    }

    /** Runs {@code first..} of the window, the first one cut to {@code firstLength} days. */
    final class Tail {

        private final int first;
        private final int firstLength;
        private final int days;

        private Tail(int first, int firstLength, int days) {
            this.first = first;
            this.firstLength = firstLength;
            this.days = days;
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
            for (int i = first; i < runs; i++) {
                min = Math.min(min, balances[i]);
                weightedSum += (double) balances[i] * length(i);
            }
            double mean = weightedSum / days;
            double squares = 0;
            for (int i = first; i < runs; i++) {
                double deviation = balances[i] - mean;
                squares += deviation * deviation * length(i);
            }
            return BalanceStatistics.of(min, mean, firstQuartile(), Math.sqrt(squares / days), days);
        }

        private int length(int run) {
            return run == first ? firstLength : lengths[run];
        }

        /** Nearest rank: the ceil(n/4)-th smallest of the n daily balances, walking the window's sorted runs. */
        private long firstQuartile() {
            long rank = BalanceStatistics.firstQuartileRank(days);
            long seen = 0;
            for (long packed : sortedRuns()) {
                int run = (int) Math.floorMod(packed, (long) RUN_INDEX_SLOTS);
                if (run < first) {
                    continue;
                }
                seen += length(run);
                if (seen >= rank) {
                    return balances[run];
                }
            }
            throw new IllegalStateException("rank beyond the window");
        }
    }

    /**
     * Runs sorted as primitive longs that pack the balance above the run's index ({@link #RUN_INDEX_SLOTS} per
     * balance), since boxed sorting was a visible share of a profile; ties keep run order.
     */
    private long[] sortedRuns() {
        if (byBalance == null) {
            if (runs > RUN_INDEX_SLOTS) {
                throw new IllegalStateException(runs + " balance runs in one window; at most " + RUN_INDEX_SLOTS + " fit");
            }
            byBalance = new long[runs];
            for (int i = 0; i < runs; i++) {
                byBalance[i] = Math.multiplyExact(balances[i], (long) RUN_INDEX_SLOTS) + i;
            }
            Arrays.sort(byBalance);
        }
        return byBalance;
    }
}
