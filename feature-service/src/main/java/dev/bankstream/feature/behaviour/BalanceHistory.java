package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.BalanceStats;

/**
 * End-of-day balances since opening in constant space: day-weighted running mean and variance (West's weighted
 * form of Welford's algorithm, stable over years of days), the exact minimum, negative days, and a
 * {@link BalanceSketch} for the first quartile.
 */
final class BalanceHistory {

    long days;
    double mean;
    double squaredDeviations;
    long min = Long.MAX_VALUE;
    long negativeDays;
    final BalanceSketch sketch;

    BalanceHistory() {
        this(new BalanceSketch());
    }

    BalanceHistory(BalanceSketch sketch) {
        this.sketch = sketch;
    }

    void add(long balance, int length) {
        days += length;
        double deviation = balance - mean;
        mean += deviation * length / days;
        squaredDeviations += deviation * length * (balance - mean);
        min = Math.min(min, balance);
        if (balance < 0) {
            negativeDays += length;
        }
        sketch.add(balance, length);
    }

    /** Becomes a copy of {@code other} in place, without allocating. */
    BalanceHistory copyFrom(BalanceHistory other) {
        days = other.days;
        mean = other.mean;
        squaredDeviations = other.squaredDeviations;
        min = other.min;
        negativeDays = other.negativeDays;
        sketch.copyFrom(other.sketch);
        return this;
    }

    BalanceStats toStats() {
        if (days == 0) {
            return BalanceStatistics.empty();
        }
        return BalanceStatistics.of(min, mean, sketch.firstQuartile(), Math.sqrt(Math.max(0, squaredDeviations) / days), days);
    }
}
