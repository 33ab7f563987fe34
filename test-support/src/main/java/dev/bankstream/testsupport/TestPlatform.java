package dev.bankstream.testsupport;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.DockerClientFactory;

import dev.bankstream.contract.TopicAdmin;

/**
 * A real Kafka broker and schema registry for tests, started once per test JVM and stopped when it exits.
 * With a Docker engine it uses Testcontainers; without one it runs the broker in this JVM and the registry as a
 * child process. {@code BANKSTREAM_TEST_PLATFORM=embedded|testcontainers} forces a choice.
 */
public abstract class TestPlatform {

    private static TestPlatform instance;

    /** The platform of this JVM, started on first use, with every topic of the contract created. */
    public static synchronized TestPlatform get() {
        if (instance == null) {
            instance = start(choose());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-platform-shutdown"));
        }
        return instance;
    }

    private static String choose() {
        String forced = System.getenv("BANKSTREAM_TEST_PLATFORM");
        if (forced != null && !forced.isBlank()) {
            return forced;
        }
        return dockerAvailable() ? "testcontainers" : "embedded";
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers logs errors for every strategy it tries; skip it when there is plainly no engine.
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestPlatform start(String kind) {
        long begin = System.nanoTime();
        TestPlatform platform = switch (kind) {
            case "embedded" -> EmbeddedPlatform.start();
            case "testcontainers" -> ContainerPlatform.start();
            default -> throw new IllegalArgumentException("BANKSTREAM_TEST_PLATFORM must be embedded or testcontainers, not " + kind);
        };
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
            TopicAdmin.createMissing(admin, (short) 1);
        } catch (Exception e) {
            platform.stop();
            throw new IllegalStateException("Could not create the contract's topics", e);
        }
        System.out.printf("Test platform (%s) ready in %.1f s: kafka %s, registry %s%n",
                kind, (System.nanoTime() - begin) / 1e9, platform.bootstrapServers(), platform.registryUrl());
        return platform;
    }

    /** Kafka bootstrap servers, host:port. */
    public abstract String bootstrapServers();

    /** Base URL of the registry, e.g. http://127.0.0.1:PORT (APIs under /apis/registry/v3 and /apis/ccompat/v7). */
    public abstract String registryBaseUrl();

    /** The Apicurio v3 API, what our serdes are configured with. */
    public String registryUrl() {
        return registryBaseUrl() + "/apis/registry/v3";
    }

    /** The Confluent-compatible API, what Confluent-ecosystem clients are pointed at. */
    public String ccompatUrl() {
        return registryBaseUrl() + "/apis/ccompat/v7";
    }

    protected abstract void stop();
}
