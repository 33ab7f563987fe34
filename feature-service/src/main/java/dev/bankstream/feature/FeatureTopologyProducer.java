package dev.bankstream.feature;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.contract.NativeLz4;
import dev.bankstream.feature.topology.FeatureMetrics;
import dev.bankstream.feature.topology.FeatureSerdes;
import dev.bankstream.feature.topology.FeatureSettings;
import dev.bankstream.feature.topology.FeatureTopology;
import io.micrometer.core.instrument.MeterRegistry;

/** Hands the topology to the Kafka Streams extension, which runs it with the kafka-streams.* settings. */
@ApplicationScoped
public class FeatureTopologyProducer {

    @Produces
    Topology topology(@ConfigProperty(name = "bankstream.registry.url") String registryUrl,
            @ConfigProperty(name = "bankstream.features.grace-days") int graceDays,
            @ConfigProperty(name = "bankstream.features.input-wait") Duration inputWait,
            MeterRegistry meters) {
        NativeLz4.prefer();
        return new FeatureTopology(FeatureSerdes.forRegistry(registryUrl), new FeatureSettings(graceDays, inputWait),
                new FeatureMetrics(meters)).build();
    }
}
