package dev.bankstream.feature.topology;

import static dev.bankstream.feature.behaviour.EventDays.NONE;

import java.util.Arrays;

/**
 * Which days are final for a task that reads several co-partitioned inputs (an account's transactions and its
 * account events) whose records reach it at different moments.
 *
 * <p>Kafka Streams merges a task's partitions by timestamp only while all of them have records buffered. While a
 * replay publishes, one partition's records can arrive well before its partner's (the partner's transaction marker or
 * fetch comes later), and stream time - the highest timestamp seen - then runs ahead of records still on their way.
 * {@code max.task.idle.ms} does not prevent it: its wait starts when a partition runs dry, so a partition that has been
 * idle longer than that (a service waiting for a replay to start) is not waited for at all.
 *
 * <p>So event time here is the latest day every input has reached. An input behind the leading one is waited for, but
 * only for a bounded wall-clock time since it last showed a sign of life (it fell behind, or delivered a record while
 * behind): an input that has nothing more to say - no account events for months, or the end of a data set - stops
 * holding the others back after that wait. When the task's inputs resume after a silence longer than the wait (the
 * next part of a replay), every input still behind is waited for afresh: otherwise the one that lagged at the end of
 * the previous part would count as silent from then on, and its first records of the new part - seconds behind its
 * partner's - would all be late (seen in a demo: 438 account events of 1997 dead-lettered, 12 loans without a
 * snapshot). Days up to that event time minus the grace period are final; the final day never moves back.
 */
final class InputClock {

    private static final long NOT_BEHIND = Long.MIN_VALUE;
    private static final long NEVER = Long.MIN_VALUE;

    private final int graceDays;
    private final long waitMillis;
    private final int[] latestDay;
    private final long[] behindSince;
    private long lastRecordAt = NEVER;
    private int finalDay;

    /**
     * @param inputs     how many inputs the task reads
     * @param waitMillis how long an input that fell behind is waited for, in wall-clock milliseconds
     * @param finalDay   the final day reached before (after a restart), or {@link dev.bankstream.feature.behaviour.EventDays#NONE}
     */
    InputClock(int inputs, int graceDays, long waitMillis, int finalDay) {
        if (waitMillis < 0) {
            throw new IllegalArgumentException("waitMillis must not be negative: " + waitMillis);
        }
        this.graceDays = graceDays;
        this.waitMillis = waitMillis;
        this.latestDay = new int[inputs];
        this.behindSince = new long[inputs];
        Arrays.fill(latestDay, NONE);
        Arrays.fill(behindSince, NOT_BEHIND);
        this.finalDay = finalDay;
    }

    /** Input {@code input} delivered a record dated {@code day}, at wall-clock time {@code now}. */
    void observe(int input, int day, long now) {
        boolean resumed = lastRecordAt != NEVER && now - lastRecordAt >= waitMillis;
        lastRecordAt = now;
        latestDay[input] = Math.max(latestDay[input], day);
        for (int i = 0; i < behindSince.length; i++) {
            if (behindSince[i] != NOT_BEHIND && (i == input || resumed)) {
                behindSince[i] = now;
            }
        }
        int leading = leadingDay();
        for (int i = 0; i < latestDay.length; i++) {
            if (latestDay[i] >= leading) {
                behindSince[i] = NOT_BEHIND;
            } else if (behindSince[i] == NOT_BEHIND) {
                behindSince[i] = now;
            }
        }
    }

    /** Moves the final day on as far as the inputs allow at {@code now}, and returns it. */
    int advance(long now) {
        int leading = leadingDay();
        if (leading == NONE) {
            return finalDay;
        }
        int reached = leading;
        for (int i = 0; i < latestDay.length; i++) {
            boolean waitedFor = behindSince[i] != NOT_BEHIND && now - behindSince[i] < waitMillis;
            if (waitedFor) {
                reached = Math.min(reached, latestDay[i]);
            }
        }
        if (reached != NONE) {
            finalDay = Math.max(finalDay, reached - graceDays - 1);
        }
        return finalDay;
    }

    /** The last final day: no event dated on or before it may change an account any more. */
    int finalDay() {
        return finalDay;
    }

    @Override
    public String toString() {
        return "final day " + finalDay + ", latest day per input " + Arrays.toString(latestDay)
                + ", behind since (wall clock) " + Arrays.toString(behindSince);
    }

    private int leadingDay() {
        int leading = NONE;
        for (int day : latestDay) {
            leading = Math.max(leading, day);
        }
        return leading;
    }
}
