package dev.bankstream.ingest.generate;

import java.time.LocalDate;

/** A payment card issued to an account's owner (through the owner's disposition, as in Berka). */
record Card(int id, int dispositionId, CardType type, LocalDate issued) {
}
