package dev.bankstream.backtest;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Says on the console what the backtest is doing and how long each step took; the report keeps the timings. */
final class Stages {

    /** One step's work. */
    interface Step<T> {
        T run() throws Exception;
    }

    /** Where a long step stands, in words. */
    interface Progress {
        String now() throws Exception;
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final PrintStream out;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    Stages(PrintStream out) {
        this.out = out;
    }

    <T> T run(String name, Step<T> step) throws Exception {
        return run(name, step, null);
    }

    /** Runs the step, printing {@code progress} every {@link #PROGRESS_EVERY} while it runs. */
    <T> T run(String name, Step<T> step, Progress progress) throws Exception {
        out.printf("[%s] %s ...%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), name);
        long started = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backtest-progress");
            thread.setDaemon(true);
            return thread;
        });
        if (progress != null) {
            ticker.scheduleAtFixedRate(() -> tick(progress), PROGRESS_EVERY.toSeconds(), PROGRESS_EVERY.toSeconds(),
                    TimeUnit.SECONDS);
        }
        T result;
        try {
            result = step.run();
        } finally {
            ticker.shutdownNow();
        }
        double took = (System.nanoTime() - started) / 1e9;
        seconds.put(name, took);
        out.printf(Locale.ROOT, "[%s] %s: done in %.1f s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), name,
                took);
        return result;
    }

    private void tick(Progress progress) {
        try {
            out.printf("[%s]   %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), progress.now());
        } catch (Exception e) {
            out.printf("[%s]   (progress unavailable: %s)%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                    e.getMessage());
        }
    }

    Map<String, Double> seconds() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
}
