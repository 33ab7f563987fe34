package dev.bankstream.ingest.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.ReplayCheckpoint;

/**
 * Reads the latest committed checkpoint of a replay from the compacted ingest.checkpoints topic. Values are decoded
 * only for a replay that has a checkpoint: a new replay, the usual case, needs no schema registry client for it.
 */
final class CheckpointStore {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> consumerConfig;
    private final Supplier<Serde<ReplayCheckpoint>> serde;

    CheckpointStore(Map<String, Object> kafkaConfig, Supplier<Serde<ReplayCheckpoint>> serde) {
        this.consumerConfig = new HashMap<>(kafkaConfig);
        this.consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Closing a consumer closes its fetch session with one more fetch, which the broker holds for the fetch wait
        // when there is nothing to return: half a second of every replay's start at the default 500 ms.
        this.consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        // Only checkpoints whose events were committed with them count.
        this.consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.serde = serde;
    }

    Optional<ReplayCheckpoint> latest(String replayId) {
        String topic = Topics.INGEST_CHECKPOINTS.name();
        byte[] latest = null;
        try (var consumer = new KafkaConsumer<>(consumerConfig,
                Topics.INGEST_CHECKPOINTS.keySerde().deserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_TIMEOUT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (replayId.equals(record.key())) {
                        latest = record.value();
                    }
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        try (Serde<ReplayCheckpoint> checkpoints = serde.get()) {
            return Optional.of(checkpoints.deserializer().deserialize(topic, latest));
        }
    }
}
