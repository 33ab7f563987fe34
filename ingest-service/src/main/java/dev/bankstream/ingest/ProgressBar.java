package dev.bankstream.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

import dev.bankstream.ingest.replay.ReplayStatus;
import dev.bankstream.ingest.source.FileCounts;

/**
 * Renders replay progress on a terminal: one line redrawn in place on a console, a line every few seconds
 * otherwise (logs, CI). Ends with a summary per topic and per file.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final boolean console;
    private long lastPlainLine;

    ProgressBar(PrintStream out, boolean console) {
        this.out = out;
        this.console = console;
    }

    void show(ReplayStatus status) {
        String line = line(status);
        if (console) {
            out.print("\r" + line + "   ");
            out.flush();
        } else if (System.nanoTime() - lastPlainLine > PLAIN_INTERVAL_NANOS) {
            out.println(line);
            lastPlainLine = System.nanoTime();
        }
    }

    static String line(ReplayStatus status) {
        int filled = (int) Math.round(status.progress() * WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + String.format("%3.0f%%", status.progress() * 100)
                + "  " + (status.simulatedDate() == null ? "----------" : status.simulatedDate())
                + "  " + String.format("%,d events", status.eventsPublished())
                + "  " + String.format("%,.0f ev/s", status.eventsPerSecond())
                + "  ETA " + (status.etaSeconds() == null ? "--:--" : minutesSeconds(status.etaSeconds()))
                + (status.rejects() > 0 ? String.format("  %,d rejects", status.rejects()) : "");
    }

    void summary(ReplayStatus status) {
        if (console) {
            out.println();
        }
        out.printf("Replay %s %s: %,d events in total%s%n", status.replayId(), status.state().name().toLowerCase(),
                status.eventsPublished(), status.eventsSkippedOnResume() > 0
                        ? String.format(" (%,d already published before the resume)", status.eventsSkippedOnResume()) : "");
        if (status.eventsPublished() > 0) {
            out.printf("Published in %.1f s: %,.0f events/s, %.0f bytes per record on average%n", status.elapsedSeconds(),
                    status.eventsPublished() / status.elapsedSeconds(), (double) status.bytesPublished() / status.eventsPublished());
            out.printf("Sending took %.1f s of it: %,.0f events/s from the first event sent to the last commit%n",
                    status.sendingSeconds(), status.eventsPublished() / status.sendingSeconds());
        }
        out.printf("Data set: %s (%s%s)%n", status.dataSet(), status.format(),
                status.generated() ? ", GENERATED data" : ", real data");
        out.println("Events per topic:");
        status.eventsPerTopic().forEach((topic, count) -> out.printf("  %-28s %,12d%n", topic, count));
        out.println("Lines per file:             read     accepted     rejected      skipped");
        for (Map.Entry<String, FileCounts> file : status.filesRead().entrySet()) {
            FileCounts c = file.getValue();
            out.printf("  %-20s %,12d %,12d %,12d %,12d%n", file.getKey(), c.linesRead(), c.accepted(), c.rejected(), c.skipped());
        }
        out.printf("Rejects: %,d (file %s, topic ingest.rejects)%n", status.rejects(), status.rejectsFile());
        if (status.error() != null) {
            out.println("Error: " + status.error());
        }
    }

    private static String minutesSeconds(long seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
