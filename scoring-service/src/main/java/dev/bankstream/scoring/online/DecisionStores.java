package dev.bankstream.scoring.online;

import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * Where the scorer keeps its decision states (flag hysteresis, last published scores). Both kinds are changelogged
 * Kafka Streams stores, restored from their changelogs wherever the scorer's tasks move.
 */
public enum DecisionStores {

    /**
     * On the heap: nothing between a snapshot and its flag touches the disk. A few hundred bytes per account, so a few
     * hundred thousand accounts per instance; restored from the changelogs at every start.
     */
    IN_MEMORY,

    /**
     * RocksDB on local disk, restored only from where its checkpoint left off: for more accounts per instance than the
     * heap holds. Kafka Streams flushes it at checkpoints, which shows in the latency tail.
     */
    ROCKSDB;

    KeyValueBytesStoreSupplier supplier(String name) {
        return this == IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
    }
}
