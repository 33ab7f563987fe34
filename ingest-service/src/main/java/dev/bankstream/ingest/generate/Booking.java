package dev.bankstream.ingest.generate;

/** One trans.asc row before it has an id and a date: the simulation books it, the writer numbers and writes it. */
record Booking(int accountId, BookingKind kind, long amountCents, long balanceCents, String kSymbolField,
        String partnerFields) {
}
