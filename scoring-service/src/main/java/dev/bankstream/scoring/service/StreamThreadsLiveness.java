package dev.bankstream.scoring.service;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import dev.bankstream.contract.StreamThreadPolls;

/**
 * Down when a stream thread has not polled for {@code bankstream.streams.poll-stall-limit}: it is blocked inside a
 * record and will not recover by itself (see {@link StreamThreadPolls}), so whatever watches the service should
 * restart it.
 */
@Liveness
@ApplicationScoped
public class StreamThreadsLiveness implements HealthCheck {

    private final Instance<KafkaStreams> streams;
    private final Duration limit;

    StreamThreadsLiveness(Instance<KafkaStreams> streams,
            @ConfigProperty(name = "bankstream.streams.poll-stall-limit") Duration limit) {
        this.streams = streams;
        this.limit = limit;
    }

    @Override
    public HealthCheckResponse call() {
        return StreamThreadPolls.of(streams.isResolvable() ? streams.get().metrics() : Map.of(), limit).health();
    }
}
