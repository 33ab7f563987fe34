package dev.bankstream.system;

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
 * offsets. Under exactly-once, a commit also commits everything the records produced, so outputs are complete then.
 */
final class StreamsProgress {

    private StreamsProgress() {
    }

    static void awaitProcessed(String bootstrapServers, String applicationId, List<String> inputTopics, Duration patience)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, Long> end = endOffsets(admin, inputTopics);
            Instant deadline = Instant.now().plus(patience);
            long behind;
            do {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                behind = end.entrySet().stream()
                        .mapToLong(entry -> {
                            OffsetAndMetadata done = committed.get(entry.getKey());
                            return Math.max(0, entry.getValue() - (done == null ? 0 : done.offset()));
                        })
                        .sum();
                if (behind == 0) {
                    return;
                }
                Thread.sleep(250);
            } while (Instant.now().isBefore(deadline));
            throw new IllegalStateException(applicationId + " still " + behind + " offsets behind its input after " + patience);
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
