package dev.bankstream.feature.behaviour;

import java.util.Arrays;

import dev.bankstream.schemas.BalanceStats;

/**
 * Exact statistics of end-of-day balances over a window, fed as runs of days with the same closing balance.
 * Every calendar day counts once: a day without transactions carries the previous day's balance.
 */
final class BalanceWindow {

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

    /** Nearest rank: the ceil(n/4)-th smallest of the n daily balances. */
    private long firstQuartile() {
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(balances[a], balances[b]));
        long rank = BalanceStatistics.firstQuartileRank(days);
        long seen = 0;
        for (int i : order) {
            seen += lengths[i];
            if (seen >= rank) {
                return balances[i];
            }
        }
        throw new IllegalStateException("rank beyond the window");
    }
}
