package dev.bankstream.ingest.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.schemas.ReplayState;

/**
 * The live figures of one replay. Written by the replay thread, read by the status endpoint, the metrics and the
 * progress bar; every field is safe to read while the replay runs.
 */
public final class ReplayProgress {

    /** The recent rate is measured over this many seconds. */
    private static final long RATE_WINDOW_NANOS = 5_000_000_000L;

    private final ReplayOptions options;
    private final Instant startedAt = Instant.now();
    private final long startedNanos = System.nanoTime();
    private final Map<String, LongAdder> eventsPerTopic = new ConcurrentHashMap<>();
    private final Deque<long[]> rateSamples = new ArrayDeque<>();
    private volatile ReplayState state = ReplayState.RUNNING;
    private volatile long eventsPublished;
    private volatile long bytesPublished;
    private volatile long endedNanos;
    private volatile long firstSentNanos;
    private volatile long eventsSkipped;
    private volatile long rejects;
    private volatile LocalDate firstDate;
    private volatile LocalDate lastDate;
    private volatile LocalDate simulatedDate;
    private volatile String format = "";
    private volatile boolean generated;
    private volatile Map<String, FileCounts> filesRead = Map.of();
    private volatile String error;

    public ReplayProgress(ReplayOptions options) {
        this.options = options;
    }

    /** @param firstDate first date of the replay's range, or null for the first event's date */
    void dataSetOpened(String format, boolean generated, LocalDate firstDate, LocalDate lastDate) {
        this.format = format;
        this.generated = generated;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
    }

    void published(String topic, LocalDate date, int bytes) {
        if (firstSentNanos == 0) {
            firstSentNanos = System.nanoTime();
        }
        eventsPerTopic.computeIfAbsent(topic, t -> new LongAdder()).increment();
        eventsPublished++;
        bytesPublished += bytes;
        simulatedDate = date;
        if (firstDate == null) {
            firstDate = date;
        }
    }

    void skipped() {
        eventsSkipped++;
    }

    void rejected() {
        rejects++;
    }

    void filesRead(Map<String, FileCounts> counts) {
        this.filesRead = Map.copyOf(counts);
    }

    void end(ReplayState finalState, String error) {
        this.error = error;
        this.endedNanos = System.nanoTime();
        this.state = finalState;
    }

    /** True once the replay has completed, stopped or failed. */
    public boolean finished() {
        return state != ReplayState.RUNNING;
    }

    public ReplayState state() {
        return state;
    }

    public long eventsPublished() {
        return eventsPublished;
    }

    public long rejects() {
        return rejects;
    }

    public LocalDate simulatedDate() {
        return simulatedDate;
    }

    public String replayId() {
        return options.replayId();
    }

    public ReplayStatus snapshot() {
        double rate = recentRate();
        double done = progress();
        Long eta = null;
        if (state == ReplayState.RUNNING && done > 0.001) {
            double elapsed = (System.nanoTime() - startedNanos) / 1e9;
            eta = Math.round(elapsed * (1 - done) / done);
        }
        Map<String, Long> perTopic = new TreeMap<>();
        eventsPerTopic.forEach((topic, count) -> perTopic.put(topic, count.sum()));
        long now = finished() ? endedNanos : System.nanoTime();
        double elapsed = (now - startedNanos) / 1e9;
        double sending = firstSentNanos == 0 ? 0 : (now - firstSentNanos) / 1e9;
        return new ReplayStatus(options.replayId(), state, options.dataSet().toString(), format, generated,
                eventsPublished, eventsSkipped, rejects, bytesPublished, elapsed, sending, rate, simulatedDate, done, eta,
                startedAt, perTopic, filesRead, options.rejectsFile().toString(), error);
    }

    /** Fraction of the date range covered, by simulated date (events are spread over the years roughly evenly). */
    double progress() {
        if (state == ReplayState.COMPLETED) {
            return 1;
        }
        LocalDate first = firstDate;
        LocalDate last = lastDate;
        LocalDate now = simulatedDate;
        if (first == null || last == null || now == null || !last.isAfter(first)) {
            return 0;
        }
        double total = ChronoUnit.DAYS.between(first, last);
        return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(first, now) / total));
    }

    /** Events per second over the last few seconds (over the whole run while it is younger than that). */
    private synchronized double recentRate() {
        long now = System.nanoTime();
        long count = eventsPublished;
        rateSamples.addLast(new long[] {now, count});
        while (rateSamples.size() > 2 && now - rateSamples.peekFirst()[0] > RATE_WINDOW_NANOS) {
            rateSamples.removeFirst();
        }
        long[] oldest = rateSamples.size() > 1 ? rateSamples.peekFirst() : new long[] {startedNanos, 0};
        double seconds = (now - oldest[0]) / 1e9;
        return seconds > 0 ? (count - oldest[1]) / seconds : 0;
    }
}
