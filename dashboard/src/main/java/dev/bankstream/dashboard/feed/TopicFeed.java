package dev.bankstream.dashboard.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.contract.Topics;
import dev.bankstream.dashboard.view.DashboardState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the output topics from their beginning into {@link DashboardState}, on one thread. No consumer group: every
 * dashboard instance sees everything, and a restart rebuilds the aggregates from the topics. Reads read_committed,
 * like the Streams services, so aborted transactions never show.
 */
@ApplicationScoped
public class TopicFeed {

    private static final Logger LOG = Logger.getLogger(TopicFeed.class);

    private final DashboardState state;
    private final RejectedRecords rejects;
    private final MeterRegistry meters;
    private final String bootstrapServers;
    private final String registryUrl;
    private final Map<String, Route<?>> routes = new HashMap<>();
    private final Map<String, Counter> delivered = new HashMap<>();
    private volatile boolean running = true;
    private KafkaConsumer<byte[], byte[]> consumer;
    private Thread thread;

    TopicFeed(DashboardState state, RejectedRecords rejects, MeterRegistry meters,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "bankstream.registry.url") String registryUrl) {
        this.state = state;
        this.rejects = rejects;
        this.meters = meters;
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /** A topic, how its values are decoded and where they go. */
    private record Route<V extends SpecificRecord>(TopicSpec<?, V> topic, Deserializer<V> values, Consumer<V> sink) {

        void deliver(ConsumerRecord<byte[], byte[]> record) {
            sink.accept(values.deserialize(record.topic(), record.headers(), record.value()));
        }
    }

    void start(@Observes StartupEvent start) {
        route(Topics.DISTRICTS, state::accept);
        route(Topics.INGEST_CHECKPOINTS, state::accept);
        route(Topics.MODELS, state::accept);
        route(Topics.ACCOUNT_BEHAVIOUR, state::accept);
        route(Topics.ACCOUNT_SCORES, state::accept);
        route(Topics.SEGMENT_ASSIGNMENTS, state::accept);
        route(Topics.SEGMENT_CHANGES, state::accept);
        route(Topics.RISK_FLAGS, state::accept);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dashboard");
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::run, "dashboard-topic-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private <V extends SpecificRecord> void route(TopicSpec<?, V> topic, Consumer<V> sink) {
        routes.put(topic.name(), new Route<>(topic, AvroSerdes.valueSerde(topic, registryUrl).deserializer(), sink));
    }

    private void run() {
        try {
            consumer.assign(partitions());
            consumer.seekToBeginning(consumer.assignment());
            while (running) {
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(batch::add);
                deliver(batch);
            }
        } catch (WakeupException stopping) {
            // stop() woke the consumer up
        } catch (RuntimeException e) {
            LOG.error("The dashboard stopped reading the topics", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Every partition of every routed topic; waits for topics the platform has not created yet. */
    private List<TopicPartition> partitions() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : routes.keySet()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos.isEmpty()) {
                LOG.warnf("Topic %s does not exist yet; the dashboard starts reading once it does (the platform"
                        + " creates every topic of the contract)", topic);
            }
            while (infos.isEmpty() && running) {
                sleep(Duration.ofSeconds(1));
                infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private void deliver(List<ConsumerRecord<byte[], byte[]>> batch) {
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            if (record.value() == null) {
                // A tombstone deletes a key of a compacted topic; the aggregates keep what they had.
                continue;
            }
            try {
                routes.get(record.topic()).deliver(record);
                delivered.computeIfAbsent(record.topic(),
                        topic -> meters.counter("bankstream_dashboard_records_total", "topic", topic)).increment();
            } catch (RuntimeException e) {
                if (RegistryOutage.causedBy(e)) {
                    // Not the record's fault: read it again once the registry answers.
                    LOG.warnf("Schema registry unavailable (%s); retrying %s-%d@%d", e.getMessage(), record.topic(),
                            record.partition(), record.offset());
                    retryFrom(batch, record);
                    return;
                }
                reject(record, e);
            }
        }
    }

    private void retryFrom(List<ConsumerRecord<byte[], byte[]>> batch, ConsumerRecord<byte[], byte[]> failed) {
        Map<TopicPartition, Long> firstUndelivered = new HashMap<>();
        boolean reached = false;
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            reached |= record == failed;
            if (reached) {
                firstUndelivered.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
            }
        }
        firstUndelivered.forEach(consumer::seek);
        sleep(Duration.ofSeconds(1));
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void reject(ConsumerRecord<byte[], byte[]> record, RuntimeException e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        LOG.warnf("Record %s-%d@%d cannot be shown and is skipped: %s (GET /dashboard/rejects lists the latest)",
                record.topic(), record.partition(), record.offset(), reason);
        rejects.add(new RejectedRecords.Rejected(record.topic(), record.partition(), record.offset(), reason, Instant.now()));
        meters.counter("bankstream_dashboard_rejected_total", "topic", record.topic()).increment();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(5000);
        }
    }
}
