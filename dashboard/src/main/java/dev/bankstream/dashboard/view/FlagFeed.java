package dev.bankstream.dashboard.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;

/** The live risk-flag feed (the latest flags with their reasons) and flag counts per business day and per kind. */
public final class FlagFeed {

    /** One flag as the page shows it. */
    public record Flag(String flagId, long accountId, String kind, String source, String level, double score,
            LocalDate eventDate, Instant emittedAt, String modelVersion, List<String> reasons) {
    }

    /**
     * @param days     business days with at least one flag, in order
     * @param perLevel for each level (LOW .. CRITICAL), the flags of each of {@code days}
     */
    public record PerDay(List<LocalDate> days, Map<String, List<Long>> perLevel) {
    }

    public record View(long total, Instant firstEmittedAt, Map<String, Long> byKind, List<Flag> latest, PerDay perDay) {
    }

    private final int keep;
    private final Deque<Flag> latest = new ArrayDeque<>();
    private final TreeMap<LocalDate, long[]> perDay = new TreeMap<>();
    private final Map<String, Long> byKind = new TreeMap<>();
    private long total;
    private Instant firstEmittedAt;

    /** @param keep how many of the latest flags the feed shows */
    public FlagFeed(int keep) {
        this.keep = keep;
    }

    public void accept(RiskFlag flag) {
        List<String> reasons = new ArrayList<>();
        for (Reason reason : flag.getReasons()) {
            reasons.add(reason.getExplanation());
        }
        latest.addFirst(new Flag(flag.getFlagId(), flag.getAccountId(), flag.getKind(), flag.getSource().name(),
                flag.getLevel().name(), flag.getScore(), flag.getEventDate(), flag.getEmittedAt(), flag.getModelVersion(),
                reasons));
        while (latest.size() > keep) {
            latest.removeLast();
        }
        perDay.computeIfAbsent(flag.getEventDate(), d -> new long[RiskLevel.values().length])[flag.getLevel().ordinal()]++;
        byKind.merge(flag.getKind(), 1L, Long::sum);
        total++;
        if (firstEmittedAt == null || flag.getEmittedAt().isBefore(firstEmittedAt)) {
            firstEmittedAt = flag.getEmittedAt();
        }
    }

    public View view() {
        Map<String, List<Long>> perLevel = new TreeMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            List<Long> counts = new ArrayList<>();
            perDay.values().forEach(c -> counts.add(c[level.ordinal()]));
            perLevel.put(level.name(), counts);
        }
        return new View(total, firstEmittedAt, Map.copyOf(byKind), List.copyOf(latest),
                new PerDay(List.copyOf(perDay.keySet()), perLevel));
    }
}
