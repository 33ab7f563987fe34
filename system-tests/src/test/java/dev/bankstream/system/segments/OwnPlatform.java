package dev.bankstream.system.segments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import dev.bankstream.contract.TopicAdmin;
import dev.bankstream.platform.KafkaBroker;
import dev.bankstream.platform.Ports;
import dev.bankstream.platform.SchemaRegistry;
import dev.bankstream.testsupport.ServiceProcess;

/**
 * A broker and registry of this test's own, one per data set: the JVM's shared test platform holds what other system
 * tests replayed, and two data sets on one broker would mix their accounts.
 */
final class OwnPlatform implements AutoCloseable {

    private final KafkaBroker broker;
    private final SchemaRegistry registry;

    private OwnPlatform(KafkaBroker broker, SchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    static OwnPlatform start(String name) throws Exception {
        Path work = Files.createTempDirectory("bankstream-" + name + "-platform-");
        KafkaBroker broker = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free());
        try {
            String home = System.getProperty("bankstream.registry.home");
            if (home == null) {
                throw new IllegalStateException("System property bankstream.registry.home is not set: run through Maven");
            }
            SchemaRegistry registry = SchemaRegistry.start(Path.of(home), work.resolve("registry.log"), Ports.free(),
                    Ports.free(), Duration.ofSeconds(120));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
                TopicAdmin.createMissing(admin, (short) 1);
            }
            return new OwnPlatform(broker, registry);
        } catch (Exception e) {
            broker.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    String registryUrl() {
        return SchemaRegistry.apicurioUrl(registry.port());
    }

    /** Points a service at this platform, as README's "existing cluster" section does. */
    ServiceProcess.Launch connect(ServiceProcess.Launch launch) {
        return launch.env("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers())
                .env("QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS", bootstrapServers())
                .env("BANKSTREAM_REGISTRY_URL", registryUrl());
    }

    @Override
    public void close() throws InterruptedException {
        registry.close();
        broker.close();
    }
}
