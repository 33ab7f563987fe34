package dev.bankstream.contract;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;

/**
 * One topic of the contract: its name, how its keys and values are encoded, and how it is laid out.
 *
 * @param <K> key type
 * @param <V> value type (an Avro specific record)
 */
public record TopicSpec<K, V>(
        String name,
        Serde<K> keySerde,
        Class<V> valueType,
        int partitions,
        CleanupPolicy cleanupPolicy,
        String description) {

    public enum CleanupPolicy {
        /** Event streams: every record kept for the retention period. */
        DELETE(TopicConfig.CLEANUP_POLICY_DELETE),
        /** Tables: the latest record per key is kept forever. */
        COMPACT(TopicConfig.CLEANUP_POLICY_COMPACT),
        /** A change stream whose latest value per key is also kept forever. */
        COMPACT_DELETE(TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);

        private final String config;

        CleanupPolicy(String config) {
            this.config = config;
        }

        public String config() {
            return config;
        }
    }

    /** The topic as the admin client creates it, with the given replication factor. */
    public NewTopic toNewTopic(short replicationFactor) {
        var configs = Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy.config(),
                // History is replayed with its business timestamps: years-old records must not be deleted on arrival.
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime",
                TopicConfig.RETENTION_MS_CONFIG, "-1");
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
