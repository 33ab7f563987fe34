package dev.bankstream.system;

import java.time.LocalDate;

import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/** One line of trans.asc as this test reads it, amounts in cents. */
record Booking(long accountId, LocalDate date, TransactionDirection direction, TransactionKind kind,
        long amountCents, long balanceCents) {
}
