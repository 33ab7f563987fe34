package dev.bankstream.system.segments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;

/** What is on a topic, and whether a Streams application has read all of its input. */
final class Topic {

    private Topic() {
    }

    /** Every committed record, partition by partition in offset order (so each account's records in their order). */
    static <V> List<ConsumerRecord<Long, V>> read(String bootstrapServers, String topic, Deserializer<V> values) {
        try (KafkaConsumer<Long, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new LongDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<Long, V>> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 2 minutes");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort((one, other) -> one.partition() != other.partition()
                    ? Integer.compare(one.partition(), other.partition())
                    : Long.compare(one.offset(), other.offset()));
            return records;
        }
    }

    /** Waits until nothing was appended to the topic for {@code quiet}. */
    static void awaitQuiet(String bootstrapServers, String topic, Duration quiet, Duration patience) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Instant deadline = Instant.now().plus(patience);
            Map<TopicPartition, Long> before = endOffsets(admin, List.of(topic));
            Instant stableSince = Instant.now();
            while (Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
                Map<TopicPartition, Long> now = endOffsets(admin, List.of(topic));
                if (!now.equals(before)) {
                    before = now;
                    stableSince = Instant.now();
                } else if (Duration.between(stableSince, Instant.now()).compareTo(quiet) >= 0) {
                    return;
                }
            }
            throw new IllegalStateException(topic + " still growing after " + patience);
        }
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    /** Waits until the application's committed offsets reach the input topics' current ends. */
    static void awaitProcessed(String bootstrapServers, String applicationId, List<String> inputs, Duration patience)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> end = endOffsets(admin, inputs);
            Instant deadline = Instant.now().plus(patience);
            long behind;
            do {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                behind = end.entrySet().stream().mapToLong(entry -> {
                    OffsetAndMetadata done = committed.get(entry.getKey());
                    return Math.max(0, entry.getValue() - (done == null ? 0 : done.offset()));
                }).sum();
                if (behind == 0) {
                    return;
                }
                Thread.sleep(250);
            } while (Instant.now().isBefore(deadline));
            throw new IllegalStateException(applicationId + " still " + behind + " offsets behind " + inputs
                    + " after " + patience);
        }
    }
}
