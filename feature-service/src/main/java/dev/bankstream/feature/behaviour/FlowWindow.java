package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.FlowStats;

/** Count, sum and largest amount of the flows falling in one window, in cents. */
final class FlowWindow {

    int count;
    long sum;
    long max;

    void add(int count, long sum, long max) {
        this.count += count;
        this.sum += sum;
        this.max = Math.max(this.max, max);
    }

    FlowStats toStats() {
        double mean = count == 0 ? 0.0 : Money.crowns(sum) / count;
        return new FlowStats(count, Money.crowns(sum), mean, Money.crowns(max));
    }
}
