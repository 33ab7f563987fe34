package dev.bankstream.dashboard.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import dev.bankstream.schemas.ReplayCheckpoint;

/** The latest replay's progress from ingest.checkpoints: simulated date and a throughput history. */
public final class ReplayProgress {

    /** One point of the history: wall-clock time, events/s since the previous checkpoint, simulated date. */
    public record Point(Instant at, double eventsPerSecond, LocalDate simulatedDate) {
    }

    public record View(String replayId, String dataSet, String state, long events, long rejects,
            LocalDate simulatedDate, double eventsPerSecond, List<Point> history) {
    }

    private final int keep;
    private final Deque<Point> history = new ArrayDeque<>();
    private ReplayCheckpoint last;
    private double eventsPerSecond;

    /** @param keep how many points of throughput history to keep */
    public ReplayProgress(int keep) {
        this.keep = keep;
    }

    public void accept(ReplayCheckpoint checkpoint) {
        boolean sameReplay = last != null && last.getReplayId().equals(checkpoint.getReplayId());
        if (!sameReplay) {
            history.clear();
            eventsPerSecond = 0;
        } else {
            double seconds = (checkpoint.getUpdatedAt().toEpochMilli() - last.getUpdatedAt().toEpochMilli()) / 1000.0;
            // Checkpoints of one transaction burst can share a millisecond; those add nothing to a rate.
            if (seconds <= 0) {
                last = checkpoint;
                return;
            }
            eventsPerSecond = (checkpoint.getEventsPublished() - last.getEventsPublished()) / seconds;
        }
        last = checkpoint;
        history.addLast(new Point(checkpoint.getUpdatedAt(), Math.round(eventsPerSecond), checkpoint.getLastEventDate()));
        while (history.size() > keep) {
            history.removeFirst();
        }
    }

    /** Null before the first checkpoint. */
    public View view() {
        if (last == null) {
            return null;
        }
        return new View(last.getReplayId(), last.getDataSet(), last.getState().name(), last.getEventsPublished(),
                last.getRejectsPublished(), last.getLastEventDate(), Math.round(eventsPerSecond), List.copyOf(history));
    }
}
