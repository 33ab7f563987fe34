package dev.bankstream.dashboard.feed;

import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.contract.KafkaReachability;
import io.quarkus.runtime.StartupEvent;

/** Fails the start, naming the address, when the configured Kafka cluster does not answer. */
class KafkaStartupCheck {

    void requireKafka(@Observes @Priority(1) StartupEvent start,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "bankstream.kafka.startup-timeout", defaultValue = "10s") Duration timeout) {
        KafkaReachability.require(bootstrapServers, timeout);
    }
}
