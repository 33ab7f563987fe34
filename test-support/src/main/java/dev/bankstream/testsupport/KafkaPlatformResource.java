package dev.bankstream.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For {@code @QuarkusTest}: points the service at the test platform's broker and registry, with a fresh Kafka
 * Streams state directory. Dev Services stay off; the platform itself lives until the JVM exits.
 */
public final class KafkaPlatformResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestPlatform platform = TestPlatform.get();
        try {
            return Map.of(
                    "kafka.bootstrap.servers", platform.bootstrapServers(),
                    "quarkus.kafka-streams.bootstrap-servers", platform.bootstrapServers(),
                    "kafka-streams.state.dir", Files.createTempDirectory("bankstream-streams-state-").toString(),
                    "bankstream.registry.url", platform.registryUrl(),
                    "mp.messaging.connector.smallrye-kafka.apicurio.registry.url", platform.registryUrl(),
                    "quarkus.kafka.devservices.enabled", "false",
                    "quarkus.apicurio-registry.devservices.enabled", "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by TestPlatform's shutdown hook.
    }
}
