package dev.bankstream.feature.behaviour;

import java.util.Arrays;

import dev.bankstream.schemas.BalanceStats;

/**
 * End-of-day balances over a window as a sorted multiset: each distinct balance with the number of days that closed
 * on it. Days enter and leave as the window moves, so the statistics (minimum, mean, first quartile, volatility) never
 * need the window's days walked again. Every calendar day counts once.
 */
final class BalanceDistribution {

    private long[] balances = new long[16];
    private int[] dayCounts = new int[16];
    private int size;
    private long days;
    /** Sum of balance times days: whole cents, exact in a double up to 2^53. */
    private double total;

    void add(long balance, int length) {
        if (length == 0) {
            return;
        }
        int at = InterpolationSearch.indexOf(balances, size, balance);
        if (at < 0) {
            at = -at - 1;
            if (size == balances.length) {
                balances = Arrays.copyOf(balances, size * 2);
                dayCounts = Arrays.copyOf(dayCounts, size * 2);
            }
            System.arraycopy(balances, at, balances, at + 1, size - at);
            System.arraycopy(dayCounts, at, dayCounts, at + 1, size - at);
            balances[at] = balance;
            dayCounts[at] = 0;
            size++;
        }
        dayCounts[at] += length;
        days += length;
        total += (double) balance * length;
    }

    void remove(long balance, int length) {
        if (length == 0) {
            return;
        }
        int at = InterpolationSearch.indexOf(balances, size, balance);
        if (at < 0 || dayCounts[at] < length) {
            throw new IllegalStateException(length + " days at balance " + balance + " leave a window that holds "
                    + (at < 0 ? 0 : dayCounts[at]));
        }
        dayCounts[at] -= length;
        days -= length;
        total -= (double) balance * length;
        if (dayCounts[at] == 0) {
            System.arraycopy(balances, at + 1, balances, at, size - at - 1);
            System.arraycopy(dayCounts, at + 1, dayCounts, at, size - at - 1);
            size--;
        }
    }

    void clear() {
        size = 0;
        days = 0;
        total = 0;
    }

    int days() {
        return Math.toIntExact(days);
    }

    BalanceStats toStats() {
        if (days == 0) {
            return BalanceStatistics.empty();
        }
        double mean = total / days;
        double squares = 0;
        for (int i = 0; i < size; i++) {
            double deviation = balances[i] - mean;
            squares += deviation * deviation * dayCounts[i];
        }
        return BalanceStatistics.of(balances[0], mean, firstQuartile(), Math.sqrt(squares / days), days);
    }

    /** Nearest rank: the ceil(n/4)-th smallest of the n daily balances. */
    private long firstQuartile() {
        long rank = BalanceStatistics.firstQuartileRank(days);
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += dayCounts[i];
            if (seen >= rank) {
                return balances[i];
            }
        }
        throw new IllegalStateException("rank beyond the window");
    }
}
