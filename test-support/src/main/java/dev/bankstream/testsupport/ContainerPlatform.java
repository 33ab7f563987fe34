package dev.bankstream.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/** Kafka (KRaft) and Apicurio Registry in containers, for machines with a Docker engine. */
final class ContainerPlatform extends TestPlatform {

    private static final int REGISTRY_PORT = 8080;

    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;

    private ContainerPlatform(KafkaContainer kafka, GenericContainer<?> registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    static ContainerPlatform start() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.1"));
        GenericContainer<?> registry = new GenericContainer<>(DockerImageName.parse("apicurio/apicurio-registry:3.3.3"))
                .withExposedPorts(REGISTRY_PORT)
                .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));
        kafka.start();
        registry.start();
        return new ContainerPlatform(kafka, registry);
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String registryBaseUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }

    @Override
    protected void stop() {
        registry.stop();
        kafka.stop();
    }
}
