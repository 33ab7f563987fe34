package dev.bankstream.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether a Kafka Streams application has processed its input: its committed offsets reached the input topics' end
 * offsets. Kafka Streams commits an offset only once what its records produced is written (in the same transaction
 * under exactly-once, flushed before the commit under at-least-once), so outputs are complete then.
 */
public final class StreamsProgress {

    private StreamsProgress() {
    }

    public static void awaitProcessed(String bootstrapServers, String applicationId, List<String> inputTopics, Duration patience)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> end = endOffsets(admin, inputTopics);
            Instant deadline = Instant.now().plus(patience);
            long behind;
            do {
                behind = behind(admin, applicationId, end);
                if (behind == 0) {
                    return;
                }
                Thread.sleep(250);
            } while (Instant.now().isBefore(deadline));
            throw new IllegalStateException(applicationId + " still " + behind + " offsets behind its input after " + patience);
        }
    }

    /** How many offsets of its input topics, as they end now, the application has not committed yet. */
    public static long offsetsBehind(String bootstrapServers, String applicationId, List<String> inputTopics)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return behind(admin, applicationId, endOffsets(admin, inputTopics));
        }
    }

    private static long behind(Admin admin, String applicationId, Map<TopicPartition, Long> end) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
        return end.entrySet().stream()
                .mapToLong(entry -> {
                    OffsetAndMetadata done = committed.get(entry.getKey());
                    return Math.max(0, entry.getValue() - (done == null ? 0 : done.offset()));
                })
                .sum();
    }

    /**
     * Waits until nothing was appended to the topic for {@code quiet}: for output an application writes some time
     * after its input ends (such as the days a feature-service settles once its input has been silent).
     */
    public static void awaitQuiet(String bootstrapServers, String topic, Duration quiet, Duration patience)
            throws Exception {
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
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
