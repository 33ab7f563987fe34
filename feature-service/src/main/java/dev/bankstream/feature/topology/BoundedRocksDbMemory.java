package dev.bankstream.feature.topology;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of the process (kafka-streams.rocksdb.config.setter). By default each
 * store instance - one per store and task, so over a dozen here - gets its own 50 MB block cache and up to three 16 MB
 * memtables, off the Java heap: far more than the 512 MB the service may use in all. Here all of them share one block
 * cache, which also holds their memtables, index and filter blocks.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Block cache and memtables together, for all stores. */
    static final long TOTAL_BYTES = 48L * 1024 * 1024;
    static final long MEMTABLE_BYTES = 16L * 1024 * 1024;
    static final long MEMTABLE_SIZE = 4L * 1024 * 1024;

    private static final Cache CACHE;
    private static final WriteBufferManager WRITE_BUFFERS;

    static {
        // Kafka Streams may load this class to check its configuration before any store has loaded RocksDB.
        RocksDB.loadLibrary();
        CACHE = new LRUCache(TOTAL_BYTES);
        WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setPinL0FilterAndIndexBlocksInCache(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(WRITE_BUFFERS);
        options.setWriteBufferSize(MEMTABLE_SIZE);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store and live as long as the process.
    }
}
