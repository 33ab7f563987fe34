package dev.bankstream.ingest.generate;

import java.time.LocalDate;

/**
 * A spell of financial distress: from {@code onset} (always the first of a month) income falls to
 * {@code incomeFactor} of its usual level, until {@code end} (null: to the end of the data). A defaulting
 * borrower keeps spending from savings, so the balance falls, goes negative and instalments bounce.
 */
record Distress(LocalDate onset, LocalDate end, double incomeFactor, boolean defaulting) {

    boolean activeOn(LocalDate date) {
        return !date.isBefore(onset) && (end == null || date.isBefore(end));
    }
}
