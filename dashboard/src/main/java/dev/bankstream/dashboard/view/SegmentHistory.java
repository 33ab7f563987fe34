package dev.bankstream.dashboard.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bankstream.schemas.SegmentChange;

/**
 * Segment sizes over business time, rebuilt from segments.changes: each change moves one account, and the sizes at
 * the end of each day with a change are kept.
 */
public final class SegmentHistory {

    /** @param sizes per segment name, its size at the end of each of {@code days} */
    public record Series(List<LocalDate> days, Map<String, List<Long>> sizes) {
    }

    private final Map<String, Map<Long, String>> members = new HashMap<>();
    private final Map<String, TreeMap<LocalDate, Map<String, Long>>> byDay = new TreeMap<>();

    public void accept(SegmentChange change) {
        String segmentation = change.getSegmentation();
        Map<Long, String> current = members.computeIfAbsent(segmentation, s -> new HashMap<>());
        current.put(change.getAccountId(), change.getToSegment().getName());
        Map<String, Long> sizes = new TreeMap<>();
        current.values().forEach(name -> sizes.merge(name, 1L, Long::sum));
        // Changes of one day may arrive out of order across partitions; the last one seen of a day wins.
        byDay.computeIfAbsent(segmentation, s -> new TreeMap<>()).put(change.getEventDate(), sizes);
    }

    public Map<String, Series> view() {
        Map<String, Series> series = new TreeMap<>();
        byDay.forEach((segmentation, days) -> {
            Map<String, List<Long>> sizes = new TreeMap<>();
            days.values().forEach(day -> day.keySet().forEach(name -> sizes.putIfAbsent(name, new ArrayList<>())));
            for (Map<String, Long> day : days.values()) {
                sizes.forEach((name, values) -> values.add(day.getOrDefault(name, 0L)));
            }
            series.put(segmentation, new Series(List.copyOf(days.keySet()), sizes));
        });
        return series;
    }
}
