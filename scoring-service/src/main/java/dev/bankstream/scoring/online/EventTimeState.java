package dev.bankstream.scoring.online;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A per-key decision state (flag hysteresis, last published score) kept as versions in event time, in a changelogged
 * key-value store: the latest under the key, each earlier one under (key, day).
 *
 * <p>Why versions: the scorer processes at least once, so after a crash it reads again the snapshots after its last
 * committed offset, while its store (restored from the changelog) may already hold what they decided. Were they decided
 * against that state, a flag whose state change reached the changelog but whose record did not reach
 * {@code risk.flags} would be lost. Decided against the state <em>before their day</em>, they decide exactly what they
 * decided the first time and emit the same records again (flag ids are derived from their content, so consumers can
 * drop the duplicates): nothing is lost, and no transaction commit stands between a snapshot and its flag.
 *
 * <p>Why not a Kafka Streams versioned store: its changelog holds every version of a key under that one key, and
 * protects the older ones from compaction with {@code min.compaction.lag.ms}, which the broker measures from the
 * records' timestamps, here their event days. Replaying history, every version looks years old, the cleaner keeps only
 * the latest per key, and a scorer restored from the changelog lost the states its redelivered snapshots needed
 * (ScoringCrashIT caught it). Keyed by (key, day), compaction keeps every version; old ones are deleted here, by
 * tombstones, once a later one has been in effect for {@link #HISTORY}.
 *
 * <p>Why the latest apart: every snapshot needs it, and a point lookup costs a fraction of a range scan (in Kafka
 * Streams, opening an iterator also registers a metric); a key's first state is one write.
 */
final class EventTimeState<K> {

    /**
     * How far back in event time versions are kept. A snapshot is processed again only if it came after the last
     * commit (at most a commit interval of processing, a few event days in the fastest replay); a year is ample.
     */
    static final Duration HISTORY = Duration.ofDays(365);

    private static final long NEVER = Long.MAX_VALUE;

    private final KeyValueStore<Bytes, byte[]> store;
    private final Serializer<K> keys;

    EventTimeState(KeyValueStore<Bytes, byte[]> store, Serializer<K> keys) {
        this.store = store;
        this.keys = keys;
    }

    /**
     * What a snapshot of event time {@code day} is decided against.
     *
     * @param before     the state before that day; null when there was none
     * @param recordedAt what a snapshot of that day already decided (the same snapshot processed again, or a second one
     *                   for the same day); null when none did
     * @param superseded the key's state is already later than that day and nothing was recorded on it: the snapshot
     *                   is one processed again that changed nothing here the first time, or a late one, which must not
     *                   rewrite a later state; {@code before} is then the state valid on that day
     * @param key        the key, serialized, and its {@code day} and {@code latest} version as read: where
     *                   {@link #record} writes, without reading again
     */
    record Prior(byte[] before, byte[] recordedAt, boolean superseded, byte[] key, long day, Latest latest) {
    }

    Prior prior(K key, long day) {
        byte[] keyBytes = keys.serialize(store.name(), key);
        Latest latest = latest(keyBytes);
        if (latest == null || latest.day() < day) {
            return new Prior(latest == null ? null : latest.value(), null, false, keyBytes, day, latest);
        }
        Version onDay = latest.day() == day ? new Version(day, latest.value()) : earlier(keyBytes, day);
        if (onDay == null || onDay.day() != day) {
            return new Prior(valueOf(onDay), null, true, keyBytes, day, latest);
        }
        return new Prior(valueOf(earlier(keyBytes, day - 1)), onDay.value(), false, keyBytes, day, latest);
    }

    /**
     * Records the state the snapshot {@code prior} was read for decided. A new day first moves the latest into the history, then
     * writes itself as the latest: a crash between the two leaves the latest as it was, which the redelivered snapshot
     * of that day puts right.
     *
     * @param decided the new state; null when the snapshot left the state as it was before its day
     */
    void record(Prior prior, byte[] decided) {
        byte[] keyBytes = prior.key();
        long day = prior.day();
        Latest latest = prior.latest();
        if (decided == null) {
            if (prior.recordedAt() == null) {
                return;
            }
            if (latest.day() == day) {
                // The history may keep its copy of the version that is the latest again: it is the same state.
                Version before = earlier(keyBytes, day - 1);
                setLatest(keyBytes, before == null ? null
                        : new Latest(before.day(), latest.forgetFrom(), before.value()));
            } else {
                store.delete(historyKey(keyBytes, day));
            }
        } else if (!Arrays.equals(decided, prior.recordedAt())) {
            if (latest == null) {
                setLatest(keyBytes, new Latest(day, NEVER, decided));
            } else if (day < latest.day()) {
                store.put(historyKey(keyBytes, day), decided);
            } else if (day == latest.day()) {
                setLatest(keyBytes, new Latest(day, latest.forgetFrom(), decided));
            } else {
                store.put(historyKey(keyBytes, latest.day()), latest.value());
                long forgetFrom = latest.forgetFrom() == NEVER ? day + HISTORY.toMillis() : latest.forgetFrom();
                if (day >= forgetFrom) {
                    forgetFrom = forgetBefore(keyBytes, day - HISTORY.toMillis(), day);
                }
                setLatest(keyBytes, new Latest(day, forgetFrom, decided));
            }
        }
    }

    private record Version(long day, byte[] value) {
    }

    /**
     * The key's latest version, and the day from which its oldest can be forgotten ({@link #NEVER} while it has one),
     * so that the scan that forgets runs only then.
     */
    private record Latest(long day, long forgetFrom, byte[] value) {
    }

    private Latest latest(byte[] key) {
        byte[] entry = store.get(latestKey(key));
        if (entry == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(entry);
        return new Latest(buffer.getLong(), buffer.getLong(), Arrays.copyOfRange(entry, 2 * Long.BYTES, entry.length));
    }

    private void setLatest(byte[] key, Latest latest) {
        if (latest == null) {
            store.delete(latestKey(key));
        } else {
            store.put(latestKey(key), ByteBuffer.allocate(2 * Long.BYTES + latest.value().length)
                    .putLong(latest.day()).putLong(latest.forgetFrom()).put(latest.value()).array());
        }
    }

    /** The version in effect on {@code day}, for a day before the latest: the history's last at or before it. */
    private Version earlier(byte[] key, long day) {
        try (KeyValueIterator<Bytes, byte[]> versions = store.reverseRange(historyKey(key, Long.MIN_VALUE),
                historyKey(key, day))) {
            if (!versions.hasNext()) {
                return null;
            }
            KeyValue<Bytes, byte[]> version = versions.next();
            return new Version(dayOf(version.key), version.value);
        }
    }

    /**
     * Deletes the versions older than the one in effect on {@code day}, which no snapshot can need any more.
     *
     * @return the day from which the oldest version left can be forgotten: {@link #HISTORY} after the next one
     */
    private long forgetBefore(byte[] key, long day, long latestDay) {
        List<Bytes> older = new ArrayList<>();
        List<Long> daysLeft = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> versions = store.range(historyKey(key, Long.MIN_VALUE),
                historyKey(key, Long.MAX_VALUE))) {
            while (versions.hasNext() && daysLeft.size() < 2) {
                Bytes version = versions.next().key;
                if (dayOf(version) <= day) {
                    older.add(version);
                } else {
                    daysLeft.add(dayOf(version));
                }
            }
        }
        if (!older.isEmpty()) {
            older.subList(0, older.size() - 1).forEach(store::delete);
            daysLeft.add(0, dayOf(older.get(older.size() - 1)));
        }
        daysLeft.add(latestDay);
        return daysLeft.get(1) + HISTORY.toMillis();
    }

    private static byte[] valueOf(Version version) {
        return version == null ? null : version.value();
    }

    /**
     * The key's length, the key, then the day with its sign bit flipped: the store's unsigned byte order then sorts a
     * key's versions by day, and keeps them apart from any other key's, which a prefix could not do for keys of
     * different lengths.
     */
    private static Bytes historyKey(byte[] key, long day) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + key.length + Long.BYTES)
                .putInt(key.length).put(key).putLong(day ^ Long.MIN_VALUE).array());
    }

    /** The key's length and the key: shorter than, so apart from, the key's history. */
    private static Bytes latestKey(byte[] key) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + key.length).putInt(key.length).put(key).array());
    }

    private static long dayOf(Bytes historyKey) {
        byte[] bytes = historyKey.get();
        return ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() ^ Long.MIN_VALUE;
    }
}
