package dev.bankstream.ingest.replay;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * Holds a paced replay to the wall clock: an event of simulated time t is due at
 * start + (t - first event's time) / speed. Without a speed everything is due at once.
 */
final class Pacer {

    private final Double speed;
    private long wallStartNanos;
    private long simulatedStartSeconds = Long.MIN_VALUE;

    Pacer(Double speed) {
        this.speed = speed;
    }

    /** How long to wait before publishing an event of {@code date}; 0 or less when it is due. */
    long nanosUntilDue(LocalDate date) {
        if (speed == null) {
            return 0;
        }
        long simulated = date.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (simulatedStartSeconds == Long.MIN_VALUE) {
            simulatedStartSeconds = simulated;
            wallStartNanos = System.nanoTime();
            return 0;
        }
        long dueNanos = wallStartNanos + (long) ((simulated - simulatedStartSeconds) / speed * 1e9);
        return dueNanos - System.nanoTime();
    }

    /** Sleeps {@code nanos} in short slices; returns false as soon as {@code stop} says so. */
    boolean sleep(long nanos, BooleanSupplier stop) throws InterruptedException {
        long until = System.nanoTime() + nanos;
        long left;
        while ((left = until - System.nanoTime()) > 0) {
            if (stop.getAsBoolean()) {
                return false;
            }
            Thread.sleep(Math.min(200, Math.max(1, left / 1_000_000)));
        }
        return true;
    }
}
