package dev.bankstream.feature.topology;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

import dev.bankstream.contract.RegistryOutage;

/**
 * Loads one compacted reference topic into its global store as profiles. Global stores cannot forward, so a record
 * that cannot be decoded is logged with its offset and counted, and the table goes on; it also runs on restore, so a
 * restarted instance skips the same records.
 *
 * @param <K> key type
 * @param <V> the topic's Avro value type
 * @param <P> the profile kept in the store
 */
final class ReferenceTableLoader<K, V, P> implements Processor<byte[], byte[], Void, Void> {

    private static final Logger LOG = Logger.getLogger(ReferenceTableLoader.class);

    private final String storeName;
    private final Deserializer<K> keys;
    private final Deserializer<V> values;
    private final Function<V, P> profile;
    private final FeatureMetrics metrics;
    private final AtomicLong changes;
    private ProcessorContext<Void, Void> context;
    private KeyValueStore<K, P> store;

    /** @param changes counts every change to the store, for readers that cache what they read ({@link CachedReferenceData}) */
    ReferenceTableLoader(String storeName, Deserializer<K> keys, Deserializer<V> values, Function<V, P> profile,
            FeatureMetrics metrics, AtomicLong changes) {
        this.storeName = storeName;
        this.keys = keys;
        this.values = values;
        this.profile = profile;
        this.metrics = metrics;
        this.changes = changes;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        K key;
        V value;
        try {
            key = keys.deserialize(source.topic(), record.key());
            value = record.value() == null ? null : values.deserialize(source.topic(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            LOG.warnf("Skipping undecodable record %s-%d@%d: %s", source.topic(), source.partition(), source.offset(), e);
            metrics.referenceRecordRejected(source.topic());
            return;
        }
        if (key == null) {
            LOG.warnf("Skipping record without key %s-%d@%d", source.topic(), source.partition(), source.offset());
            metrics.referenceRecordRejected(source.topic());
        } else if (value == null) {
            store.delete(key);
            changes.incrementAndGet();
        } else {
            store.put(key, profile.apply(value));
            changes.incrementAndGet();
        }
    }
}
