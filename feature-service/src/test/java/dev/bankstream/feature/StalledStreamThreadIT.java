package dev.bankstream.feature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.bankstream.contract.StreamThreadPolls;
import dev.bankstream.testsupport.KafkaPlatformExtension;
import dev.bankstream.testsupport.TestPlatform;

/**
 * What the services' liveness checks report, from a real Kafka Streams client whose one stream thread blocks inside a
 * record the way a registry lookup without an answer did: UP while it polls, DOWN naming its consumer once it has not
 * polled for the limit, UP again once it is released.
 */
@ExtendWith(KafkaPlatformExtension.class)
class StalledStreamThreadIT {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void aStreamThreadBlockedInsideARecordIsReportedOnceItHasNotPolledForTheLimit(TestPlatform platform) throws Exception {
        String topic = "stalled-stream-thread-" + System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        Topology topology = new Topology();
        topology.addSource("source", new ByteArrayDeserializer(), new ByteArrayDeserializer(), topic);
        topology.addProcessor("blocking", () -> new Processor<byte[], byte[], Void, Void>() {
            @Override
            public void process(Record<byte[], byte[]> record) {
                blocked.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "source");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, topic);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("stalled-stream-thread").toString());
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");

        KafkaStreams streams = new KafkaStreams(topology, config);
        try {
            streams.start();
            // Given a stream thread that polls and has nothing to do
            HealthCheckResponse idle = await(streams, polls -> polls.secondsSinceLastPoll().keySet().stream()
                    .anyMatch(client -> client.endsWith("StreamThread-1-consumer")));
            assertThat(idle.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            // When it blocks inside a record
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                    "bootstrap.servers", platform.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topic, new byte[] {1}, new byte[] {2})).get();
            }
            assertThat(blocked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the record reached the processor").isTrue();

            // Then, once it has not polled for the limit, the check is DOWN and names its consumer
            HealthCheckResponse stalled = await(streams, polls -> !polls.stalled().isEmpty());
            assertThat(stalled.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(StreamThreadPolls.of(streams.metrics(), LIMIT).stalled().keySet())
                    .singleElement().asString().endsWith("StreamThread-1-consumer");

            // And once released it polls again and is live
            released.countDown();
            HealthCheckResponse recovered = await(streams, polls -> polls.stalled().isEmpty());
            assertThat(recovered.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        } finally {
            // Released first: closing waits for the stream thread, which would otherwise wait for ever.
            released.countDown();
            streams.close(PATIENCE);
        }
    }

    private static HealthCheckResponse await(KafkaStreams streams, Predicate<StreamThreadPolls> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            StreamThreadPolls polls = StreamThreadPolls.of(streams.metrics(), LIMIT);
            if (condition.test(polls)) {
                return polls.health();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + polls);
            }
            Thread.sleep(100);
        }
    }
}
