package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.BalanceStats;

/** Builds the {@link BalanceStats} record from statistics kept in cents. */
final class BalanceStatistics {

    private BalanceStatistics() {
    }

    static BalanceStats empty() {
        return new BalanceStats(0.0, 0.0, 0.0, 0.0, 0);
    }

    static BalanceStats of(long minCents, double meanCents, double firstQuartileCents, double deviationCents, long days) {
        return new BalanceStats(Money.crowns(minCents), meanCents / 100, firstQuartileCents / 100, deviationCents / 100,
                Math.toIntExact(days));
    }

    /** 1-based rank of the first quartile among n values, nearest-rank method. */
    static long firstQuartileRank(long n) {
        return Math.max(1, (n + 3) / 4);
    }
}
