package dev.bankstream.scoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Kafka Streams is RUNNING: then the models topic has been read and snapshots are being scored.
 * (The extension's own state check is a liveness check, UP while rebalancing too.)
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    private final Instance<KafkaStreams> streams;

    StreamsReadiness(Instance<KafkaStreams> streams) {
        this.streams = streams;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams running = streams.isResolvable() ? streams.get() : null;
        if (running == null) {
            return HealthCheckResponse.named("Kafka Streams scoring").down()
                    .withData("state", "not started: online scoring is off in this process (bankstream.scoring.online)")
                    .build();
        }
        KafkaStreams.State state = running.state();
        return HealthCheckResponse.named("Kafka Streams scoring")
                .status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name())
                .build();
    }
}
