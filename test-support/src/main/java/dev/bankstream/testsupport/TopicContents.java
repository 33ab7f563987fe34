package dev.bankstream.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Everything committed to a topic so far, read from the beginning up to the end offsets taken at the start, partition
 * by partition in offset order (so each key's records in the order they were written).
 */
public final class TopicContents {

    private TopicContents() {
    }

    /** Waits until the topic holds at least {@code count} committed records. */
    public static void awaitCount(String bootstrapServers, String topic, long count, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        long found;
        do {
            found = read(bootstrapServers, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer(), patience).size();
            if (found >= count) {
                return;
            }
            Thread.sleep(1_000);
        } while (Instant.now().isBefore(deadline));
        throw new IllegalStateException(topic + " holds " + found + " records, not " + count + ", after " + patience);
    }

    /**
     * Reads the topic from the beginning until {@code count} values the predicate accepts have arrived or the
     * patience runs out, and returns them: fewer when they did not come, and possibly more, from the last poll.
     */
    public static <V> List<V> awaitValues(String bootstrapServers, String topic, BiFunction<String, byte[], V> decode,
            Predicate<V> wanted, int count, Duration patience) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<V> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(patience);
            while (found.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    V value = decode.apply(topic, record.value());
                    if (wanted.test(value)) {
                        found.add(value);
                    }
                }
            }
            return found;
        }
    }

    public static <K, V> List<ConsumerRecord<K, V>> read(String bootstrapServers, String topic, Deserializer<K> keys,
            Deserializer<V> values, Duration patience) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(patience);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + patience
                            + " (" + records.size() + " records so far)");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.comparingInt(ConsumerRecord<K, V>::partition).thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }
}
