package dev.bankstream.scoring.online;

import java.time.Duration;
import java.util.Arrays;

import org.apache.kafka.streams.state.VersionedKeyValueStore;
import org.apache.kafka.streams.state.VersionedRecord;

/**
 * A per-key decision state (flag hysteresis, last published score) kept as versions in event time, in a Kafka Streams
 * versioned store.
 *
 * <p>Why versions: the scorer processes at least once, so after a crash it reads again the snapshots after its last
 * committed offset, while its store (restored from the changelog) may already hold what they decided. Were they decided
 * against that state, a flag whose state change reached the changelog but whose record did not reach
 * {@code risk.flags} would be lost. Decided against the state <em>before their day</em>, they decide exactly what they
 * decided the first time and emit the same records again (flag ids are derived from their content, so consumers can
 * drop the duplicates): nothing is lost, and no transaction commit stands between a snapshot and its flag.
 */
final class EventTimeState<K> {

    /**
     * How far back in event time versions are kept. A snapshot is processed again only if it came after the last
     * commit (at most a commit interval of processing, a few event days in the fastest replay); a year is ample.
     */
    static final Duration HISTORY = Duration.ofDays(365);

    private final VersionedKeyValueStore<K, byte[]> store;

    EventTimeState(VersionedKeyValueStore<K, byte[]> store) {
        this.store = store;
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
        VersionedRecord<byte[]> latest = store.get(key);
        if (latest == null || latest.timestamp() < day) {
            return new Prior(valueOf(latest), null, false);
        }
        VersionedRecord<byte[]> atDay = latest.timestamp() == day ? latest : store.get(key, day);
        if (atDay == null || atDay.timestamp() != day) {
            return new Prior(valueOf(atDay), null, true);
        }
        return new Prior(valueOf(store.get(key, day - 1)), atDay.value(), false);
    }

    private static byte[] valueOf(VersionedRecord<byte[]> version) {
        return version == null ? null : version.value();
    }

    /**
     * Records the state a snapshot of {@code day} decided.
     *
     * @param decided the new state; null when the snapshot left the state as it was before its day
     */
    void record(K key, long day, Prior prior, byte[] decided) {
        if (decided == null) {
            if (prior.recordedAt() != null) {
                store.put(key, prior.before(), day);
            }
        } else if (!Arrays.equals(decided, prior.recordedAt())) {
            store.put(key, decided, day);
        }
    }
}
