package dev.bankstream.feature.topology;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Which accounts have something to emit, ordered by the day it becomes due: a store keyed by (due day, account id)
 * in big-endian bytes, so that "everything due by day F" is one range scan and quiet accounts cost nothing.
 */
final class EmissionSchedule {

    record Entry(int dueDay, long accountId) {
    }

    private static final byte[] PRESENT = {1};

    private final KeyValueStore<Bytes, byte[]> store;
    /**
     * No entry is due before this day: scans take everything due through their day, and every entry added since
     * lowers it when needed. Scans start here, not at the smallest key, because RocksDB would otherwise step over
     * the tombstone of every entry ever taken (a profile showed that seek as most of the stream thread's time).
     * Unknown (the smallest day) until the first scan of this instance.
     */
    private int earliestDue = Integer.MIN_VALUE;

    EmissionSchedule(KeyValueStore<Bytes, byte[]> store) {
        this.store = store;
    }

    /** Moves the account's entry when its due day changed. */
    void reschedule(long accountId, OptionalInt before, OptionalInt after) {
        if (before.equals(after)) {
            return;
        }
        before.ifPresent(day -> store.delete(key(day, accountId)));
        after.ifPresent(day -> {
            store.put(key(day, accountId), PRESENT);
            earliestDue = Math.min(earliestDue, day);
        });
    }

    /** Every entry due on or before the day, earliest first; the caller reschedules each. */
    List<Entry> dueThrough(int day) {
        List<Entry> due = new ArrayList<>();
        if (day < earliestDue) {
            return due;
        }
        try (KeyValueIterator<Bytes, byte[]> entries = store.range(key(earliestDue, Long.MIN_VALUE), key(day, Long.MAX_VALUE))) {
            while (entries.hasNext()) {
                KeyValue<Bytes, byte[]> entry = entries.next();
                ByteBuffer bytes = ByteBuffer.wrap(entry.key.get());
                due.add(new Entry(bytes.getInt() ^ Integer.MIN_VALUE, bytes.getLong() ^ Long.MIN_VALUE));
            }
        }
        earliestDue = day + 1;
        return due;
    }

    /** Flipping the sign bit makes unsigned byte order equal signed numeric order. */
    private static Bytes key(int day, long accountId) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + Long.BYTES)
                .putInt(day ^ Integer.MIN_VALUE)
                .putLong(accountId ^ Long.MIN_VALUE)
                .array());
    }
}
