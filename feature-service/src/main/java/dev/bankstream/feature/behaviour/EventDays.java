package dev.bankstream.feature.behaviour;

import java.time.LocalDate;

/**
 * Event time at day resolution. Days are epoch days (days since 1970-01-01, UTC); input record timestamps are the
 * business date at midnight UTC, so a timestamp maps to exactly one day.
 */
public final class EventDays {

    /** Marks "no such day" in state (nothing settled yet, no transaction yet). */
    public static final int NONE = Integer.MIN_VALUE;

    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** Mean Gregorian month, used where features are expressed in months. */
    static final double DAYS_PER_MONTH = 365.2425 / 12;

    private EventDays() {
    }

    public static int dayOf(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    public static LocalDate dateOf(int day) {
        return LocalDate.ofEpochDay(day);
    }

    public static long timestampOf(int day) {
        return day * MILLIS_PER_DAY;
    }
}
