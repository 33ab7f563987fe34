package dev.bankstream.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import dev.bankstream.contract.TopicAdmin;

/**
 * A broker and a registry of one job's own, on free ports, with the contract's topics created and everything deleted
 * on close: a backtest or a system test replays a data set onto it without mixing its accounts with anyone else's
 * and without touching the platform of {@code ./bankstream platform}.
 */
public final class PrivatePlatform implements AutoCloseable {

    private static final Duration REGISTRY_START = Duration.ofSeconds(120);
    private static final int ATTEMPTS = 2;

    private final Path work;
    private final KafkaBroker broker;
    private final SchemaRegistry registry;

    private PrivatePlatform(Path work, KafkaBroker broker, SchemaRegistry registry) {
        this.work = work;
        this.broker = broker;
        this.registry = registry;
    }

    /**
     * @param name         names the temporary folder (broker data, registry log)
     * @param registryHome the unpacked Apicurio Registry (platform/target/apicurio-registry)
     */
    public static PrivatePlatform start(String name, Path registryHome) throws Exception {
        for (int attempt = 1;; attempt++) {
            Path work = Files.createTempDirectory("bankstream-" + name + "-platform-");
            try {
                return start(work, registryHome);
            } catch (Exception e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                // Ports are chosen free but bound a moment later, by a child process too: another process may
                // have taken one in between. A second start on fresh ports and a fresh folder is cheap.
                System.err.printf("The %s platform did not start (attempt %d of %d), trying again on other ports: %s%n",
                        name, attempt, ATTEMPTS, e);
                Folders.deleteRecursively(work);
            }
        }
    }

    private static PrivatePlatform start(Path work, Path registryHome) throws Exception {
        KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free());
        try {
            SchemaRegistry registry = SchemaRegistry.start(registryHome, work.resolve("registry.log"), Ports.free(),
                    Ports.free(), REGISTRY_START);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                TopicAdmin.createMissing(admin, (short) 1);
            } catch (Exception e) {
                registry.close();
                throw e;
            }
            return new PrivatePlatform(work, broker, registry);
        } catch (Exception e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The Apicurio v3 API, what the serdes are configured with. */
    public String registryUrl() {
        return SchemaRegistry.apicurioUrl(registry.port());
    }

    /** The registry's root, e.g. http://127.0.0.1:PORT (APIs under /apis/registry/v3 and /apis/ccompat/v7). */
    public String registryBaseUrl() {
        return "http://127.0.0.1:" + registry.port();
    }

    /** Points a service at this platform. */
    public ServiceProcess.Launch connect(ServiceProcess.Launch launch) {
        return launch.against(bootstrapServers(), registryUrl());
    }

    @Override
    public void close() throws InterruptedException {
        try {
            registry.close();
        } finally {
            broker.close();
            Folders.deleteRecursively(work);
        }
    }
}
