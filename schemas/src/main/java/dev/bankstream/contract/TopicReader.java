package dev.bankstream.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a whole topic, from the beginning to the end offsets taken when reading starts, committed records only
 * (read_committed: records of aborted transactions never show). No consumer group: reading for training or a
 * backtest report leaves no offsets behind and disturbs nobody.
 */
public final class TopicReader {

    /** What was read: the decoded values, and how many records were left out because they could not be decoded. */
    public record Contents<V>(List<V> values, int undecodable) {
    }

    private final String bootstrapServers;
    private final Duration patience;

    public TopicReader(String bootstrapServers, Duration patience) {
        this.bootstrapServers = bootstrapServers;
        this.patience = patience;
    }

    public <V> Contents<V> readAll(String topic, Deserializer<V> values) {
        List<V> decoded = new ArrayList<>();
        int undecodable = forEach(topic, values, decoded::add);
        return new Contents<>(decoded, undecodable);
    }

    /**
     * Hands every decodable value to {@code action} without keeping them (a million transactions need not fit in
     * memory) and returns how many records could not be decoded.
     */
    public <V> int forEach(String topic, Deserializer<V> values, Consumer<V> action) {
        int[] undecodable = {0};
        forEachRecord(topic, record -> {
            if (record.value() == null) {
                return;
            }
            V value;
            try {
                value = values.deserialize(topic, record.value());
            } catch (RuntimeException e) {
                undecodable[0]++;
                return;
            }
            action.accept(value);
        });
        return undecodable[0];
    }

    /** Hands every record, key and value as stored (tombstones included), to {@code action}, in offset order per partition. */
    public void forEachRecord(String topic, Consumer<ConsumerRecord<byte[], byte[]>> action) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        // Closing a consumer closes its fetch session with one more fetch, which the broker holds for the fetch wait
        // when there is nothing to return: half a second per read at the default 500 ms.
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, patience).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, patience));
            Instant deadline = Instant.now().plus(patience);
            while (!reachedEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Reading " + topic + " from " + bootstrapServers
                            + " did not reach its end offsets " + ends + " within " + patience);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(action);
            }
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        ends.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
        return ends.isEmpty();
    }
}
