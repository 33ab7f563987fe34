package dev.bankstream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Properties;

/**
 * Settings for a TopologyTestDriver: an application id, a bootstrap address it never dials, and a state directory
 * of its own so that drivers of parallel or repeated tests do not share RocksDB files.
 */
public final class TopologyTestConfig {

    private TopologyTestConfig() {
    }

    public static Properties of(String applicationId) {
        Properties config = new Properties();
        // StreamsConfig's keys, spelled out: test-support does not depend on Kafka Streams.
        config.put("application.id", applicationId);
        config.put("bootstrap.servers", "unused:9092");
        try {
            config.put("state.dir", Files.createTempDirectory(applicationId + "-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }
}
