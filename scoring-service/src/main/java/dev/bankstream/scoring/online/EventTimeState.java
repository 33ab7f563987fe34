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
 * A per-key decision state (flag hysteresis, last published score) kept as versions in event time, each version an
 * entry of its own, keyed by (key, day), in a changelogged key-value store.
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
 * tombstones, once they are more than {@link #HISTORY} older than a later one.
 */
final class EventTimeState<K> {

    /**
     * How far back in event time versions are kept. A snapshot is processed again only if it came after the last
     * commit (at most a commit interval of processing, a few event days in the fastest replay); a year is ample.
     */
    static final Duration HISTORY = Duration.ofDays(365);

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
     */
    record Prior(byte[] before, byte[] recordedAt, boolean superseded) {
    }

    Prior prior(K key, long day) {
        byte[] keyBytes = keys.serialize(store.name(), key);
        Version latest = versionOn(keyBytes, Long.MAX_VALUE);
        if (latest == null || latest.day() < day) {
            return new Prior(valueOf(latest), null, false);
        }
        Version onDay = latest.day() == day ? latest : versionOn(keyBytes, day);
        if (onDay == null || onDay.day() != day) {
            return new Prior(valueOf(onDay), null, true);
        }
        return new Prior(valueOf(versionOn(keyBytes, day - 1)), onDay.value(), false);
    }

    /**
     * Records the state a snapshot of {@code day} decided.
     *
     * @param decided the new state; null when the snapshot left the state as it was before its day
     */
    void record(K key, long day, Prior prior, byte[] decided) {
        byte[] keyBytes = keys.serialize(store.name(), key);
        if (decided == null) {
            if (prior.recordedAt() != null) {
                store.delete(versionKey(keyBytes, day));
            }
        } else if (!Arrays.equals(decided, prior.recordedAt())) {
            store.put(versionKey(keyBytes, day), decided);
            forgetBefore(keyBytes, day - HISTORY.toMillis());
        }
    }

    private record Version(long day, byte[] value) {
    }

    /** The version in effect on {@code day}: the latest at or before it; null when there is none. */
    private Version versionOn(byte[] key, long day) {
        try (KeyValueIterator<Bytes, byte[]> versions = store.reverseRange(versionKey(key, Long.MIN_VALUE),
                versionKey(key, day))) {
            if (!versions.hasNext()) {
                return null;
            }
            KeyValue<Bytes, byte[]> version = versions.next();
            return new Version(dayOf(version.key), version.value);
        }
    }

    /** Deletes the versions older than the one in effect on {@code day}, which no snapshot can need any more. */
    private void forgetBefore(byte[] key, long day) {
        Version inEffect = versionOn(key, day);
        if (inEffect == null) {
            return;
        }
        List<Bytes> older = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> versions = store.range(versionKey(key, Long.MIN_VALUE),
                versionKey(key, inEffect.day() - 1))) {
            versions.forEachRemaining(version -> older.add(version.key));
        }
        older.forEach(store::delete);
    }

    private static byte[] valueOf(Version version) {
        return version == null ? null : version.value();
    }

    /**
     * The key's length, the key, then the day with its sign bit flipped: the store's unsigned byte order then sorts a
     * key's versions by day, and keeps them apart from any other key's, which a prefix could not do for keys of
     * different lengths.
     */
    static Bytes versionKey(byte[] key, long day) {
        return Bytes.wrap(ByteBuffer.allocate(Integer.BYTES + key.length + Long.BYTES)
                .putInt(key.length).put(key).putLong(day ^ Long.MIN_VALUE).array());
    }

    private static long dayOf(Bytes versionKey) {
        byte[] bytes = versionKey.get();
        return ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong() ^ Long.MIN_VALUE;
    }
}
