package dev.bankstream.backtest.report;

import java.util.List;

/**
 * How long before an event the first flag came, over the defaulted loans that were flagged and whose event date is
 * known. Positive days: the flag came first; negative: it came after.
 *
 * @param measured       loans with both dates
 * @param medianDays     null when none was measured
 * @param lowerQuartile  25th percentile of the days
 * @param upperQuartile  75th percentile
 * @param flaggedInTime  loans flagged on or before the event
 */
public record LeadTimes(int measured, Integer medianDays, Integer lowerQuartile, Integer upperQuartile,
        int flaggedInTime) {

    public static LeadTimes of(List<Integer> days) {
        if (days.isEmpty()) {
            return new LeadTimes(0, null, null, null, 0);
        }
        List<Integer> sorted = days.stream().sorted().toList();
        return new LeadTimes(sorted.size(), percentile(sorted, 0.5), percentile(sorted, 0.25),
                percentile(sorted, 0.75), (int) sorted.stream().filter(day -> day >= 0).count());
    }

    /** Nearest rank: the smallest value with at least the share {@code p} of values at or below it. */
    private static int percentile(List<Integer> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
