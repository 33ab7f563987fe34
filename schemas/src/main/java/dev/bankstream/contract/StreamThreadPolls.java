package dev.bankstream.contract;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * How long ago each consumer of a Kafka Streams client last polled, from the client's metrics ({@code
 * KafkaStreams.metrics()}). A stream thread blocked inside a record never polls again, and Kafka Streams still says
 * RUNNING: its consumer is dropped from the group after {@code max.poll.interval.ms}, its partitions go elsewhere or
 * nowhere, and nothing brings it back but a restart. That was seen once: a registry lookup whose answer the Apicurio
 * client lost, and which it waits for without a timeout. Restore consumers are left out: they poll only while
 * state is being restored.
 */
public record StreamThreadPolls(Map<String, Long> secondsSinceLastPoll, Duration limit) {

    private static final String GROUP = "consumer-metrics";
    private static final String LAST_POLL = "last-poll-seconds-ago";

    public StreamThreadPolls {
        secondsSinceLastPoll = Map.copyOf(secondsSinceLastPoll);
    }

    /** The consumers that have polled at least once, by client id, against a limit. */
    public static StreamThreadPolls of(Map<MetricName, ? extends Metric> metrics, Duration limit) {
        Map<String, Long> seconds = new TreeMap<>();
        metrics.forEach((name, metric) -> {
            String client = name.tags().get("client-id");
            if (GROUP.equals(name.group()) && LAST_POLL.equals(name.name()) && client != null
                    && !client.endsWith("restore-consumer")
                    && metric.metricValue() instanceof Number value && value.longValue() >= 0) {
                seconds.put(client, value.longValue());
            }
        });
        return new StreamThreadPolls(seconds, limit);
    }

    /** The consumers that have not polled for longer than the limit, by client id. */
    public Map<String, Long> stalled() {
        Map<String, Long> stalled = new TreeMap<>(secondsSinceLastPoll);
        stalled.values().removeIf(seconds -> seconds <= limit.toSeconds());
        return stalled;
    }

    /** A liveness check's answer: UP while no consumer has stalled; how long ago each polled, and the limit. */
    public HealthCheckResponse health() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka Streams threads polling")
                .status(stalled().isEmpty())
                .withData("limit", limit.toString());
        secondsSinceLastPoll.forEach((client, seconds) -> response.withData(client + " seconds since last poll", seconds));
        return response.build();
    }
}
