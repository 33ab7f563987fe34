package dev.bankstream.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import dev.bankstream.platform.KafkaBroker;
import dev.bankstream.platform.Ports;
import dev.bankstream.platform.SchemaRegistry;

/** Broker in this JVM, registry as a child process; fresh state and free loopback ports every run. */
final class EmbeddedPlatform extends TestPlatform {

    private final Path workDir;
    private final KafkaBroker broker;
    private final SchemaRegistry registry;

    private EmbeddedPlatform(Path workDir, KafkaBroker broker, SchemaRegistry registry) {
        this.workDir = workDir;
        this.broker = broker;
        this.registry = registry;
    }

    /** Held so the levels stick (java.util.logging keeps loggers weakly). */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS = Stream.of("kafka", "state.change.logger", "org.apache.kafka")
            .map(java.util.logging.Logger::getLogger)
            .toList();

    static EmbeddedPlatform start() {
        // The broker runs in the test JVM: its INFO lines would drown the tests' own output.
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        try {
            Path workDir = Files.createTempDirectory("bankstream-test-platform-");
            KafkaBroker broker = KafkaBroker.start(workDir.resolve("kafka"), Ports.free(), Ports.free());
            try {
                SchemaRegistry registry = SchemaRegistry.start(registryHome(), workDir.resolve("registry.log"),
                        Ports.free(), Ports.free(), Duration.ofSeconds(90));
                return new EmbeddedPlatform(workDir, broker, registry);
            } catch (Exception e) {
                broker.close();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded test platform: " + e.getMessage(), e);
        }
    }

    /** Set by the build (surefire) to the registry the platform module unpacked. */
    private static Path registryHome() {
        String home = System.getProperty("bankstream.registry.home");
        if (home == null) {
            throw new IllegalStateException("System property bankstream.registry.home is not set: run tests through Maven (./mvnw verify)");
        }
        return Path.of(home);
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public String registryBaseUrl() {
        return "http://127.0.0.1:" + registry.port();
    }

    @Override
    protected void stop() {
        try {
            registry.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        broker.close();
        deleteRecursively(workDir);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp directory is harmless.
        }
    }
}
