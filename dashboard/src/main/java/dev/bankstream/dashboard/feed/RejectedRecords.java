package dev.bankstream.dashboard.feed;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The latest records the dashboard could not decode, with the reason: GET /dashboard/rejects shows them. */
public final class RejectedRecords {

    public record Rejected(String topic, int partition, long offset, String reason, Instant at) {
    }

    private final int keep;
    private final Deque<Rejected> latest = new ArrayDeque<>();

    public RejectedRecords(int keep) {
        this.keep = keep;
    }

    public synchronized void add(Rejected rejected) {
        latest.addFirst(rejected);
        while (latest.size() > keep) {
            latest.removeLast();
        }
    }

    public synchronized List<Rejected> latest() {
        return List.copyOf(latest);
    }
}
