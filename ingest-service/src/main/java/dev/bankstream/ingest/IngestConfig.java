package dev.bankstream.ingest;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ingest-service's own settings (application.properties, or env BANKSTREAM_INGEST_...). */
@ConfigMapping(prefix = "bankstream.ingest")
public interface IngestConfig {

    /** Folder for rejects files, one per replay ({replay id}.rejects.csv). */
    @WithDefault("run/rejects")
    Path rejectsDir();

    /**
     * Events per Kafka transaction, at most. Each commit drains the producer and the next transaction's first sends
     * wait for the last one's markers, so small transactions cost throughput: a fast replay commits by time.
     */
    @WithDefault("1000000")
    int commitEvents();

    /** Milliseconds per Kafka transaction, at most. */
    @WithDefault("2000")
    long commitMillis();

    /** The replay producer's compression.type (none, gzip, snappy, lz4, zstd). */
    @WithDefault("lz4")
    String compression();

    /** Replication factor of the contract's topics when a replay has to create them (1 for the local platform). */
    @WithDefault("1")
    short topicReplicationFactor();
}
