package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.WindowedFlows;

/** One flow's statistics over the last 30, 90 and 365 days; a day falls in every window that reaches back to it. */
final class FlowWindows {

    final FlowWindow days30 = new FlowWindow();
    final FlowWindow days90 = new FlowWindow();
    final FlowWindow days365 = new FlowWindow();

    /** @param age days between the flow and the as-of day (0 = that day) */
    void add(int age, int count, long sum, long max) {
        if (age < 30) {
            days30.add(count, sum, max);
        }
        if (age < 90) {
            days90.add(count, sum, max);
        }
        if (age < 365) {
            days365.add(count, sum, max);
        }
    }

    WindowedFlows toFlows() {
        return new WindowedFlows(days30.toStats(), days90.toStats(), days365.toStats());
    }
}
