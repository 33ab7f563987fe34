package dev.bankstream.segment.topology;

import dev.bankstream.schemas.AccountBehaviour;

/** A decoded behaviour snapshot, with the bytes it arrived as (kept in the stores and in dead letters). */
record Admitted(long accountId, AccountBehaviour behaviour, byte[] rawKey, byte[] rawValue) {
}
