package dev.bankstream.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.bankstream.platform.PrivatePlatform;

/** Broker in this JVM, registry as a child process; fresh state and free loopback ports every run. */
final class EmbeddedPlatform extends TestPlatform {

    /** Held so the levels stick (java.util.logging keeps loggers weakly). */
    private static final List<java.util.logging.Logger> QUIET_LOGGERS = Stream.of("kafka", "state.change.logger", "org.apache.kafka")
            .map(java.util.logging.Logger::getLogger)
            .toList();

    private final PrivatePlatform platform;

    private EmbeddedPlatform(PrivatePlatform platform) {
        this.platform = platform;
    }

    static EmbeddedPlatform start() {
        // The broker runs in the test JVM: its INFO lines would drown the tests' own output.
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        try {
            return new EmbeddedPlatform(PrivatePlatform.start("test", registryHome()));
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
        return platform.bootstrapServers();
    }

    @Override
    public String registryBaseUrl() {
        return platform.registryBaseUrl();
    }

    @Override
    protected void stop() {
        try {
            platform.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
