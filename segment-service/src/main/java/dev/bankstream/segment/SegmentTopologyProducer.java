package dev.bankstream.segment;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.kafka.streams.Topology;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.segment.change.DwellPolicy;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.topology.CurrentModels;
import dev.bankstream.segment.topology.SegmentMetrics;
import dev.bankstream.segment.topology.SegmentSerdes;
import dev.bankstream.segment.topology.SegmentSettings;
import dev.bankstream.segment.topology.SegmentTopology;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hands the topology to the Kafka Streams extension, which runs it with the kafka-streams.* settings, and shares
 * the models in service with the REST side.
 */
@ApplicationScoped
public class SegmentTopologyProducer {

    @Produces
    @Singleton
    SegmentSerdes serdes(@ConfigProperty(name = "bankstream.registry.url") String registryUrl) {
        return SegmentSerdes.forRegistry(registryUrl);
    }

    @Produces
    @Singleton
    SegmentMetrics metrics(MeterRegistry meters) {
        return new SegmentMetrics(meters);
    }

    @Produces
    @Singleton
    CurrentModels currentModels(SegmentMetrics metrics) {
        return new CurrentModels(metrics);
    }

    @Produces
    @Singleton
    QuadrantThresholds quadrantThresholds(
            @ConfigProperty(name = "bankstream.segments.quadrant.high-risk-from") double highRiskFrom,
            @ConfigProperty(name = "bankstream.segments.quadrant.high-value-from") double highValueFrom) {
        return new QuadrantThresholds(highRiskFrom, highValueFrom);
    }

    @Produces
    Topology topology(SegmentSerdes serdes, CurrentModels models, SegmentMetrics metrics, QuadrantThresholds quadrants,
            @ConfigProperty(name = "bankstream.segments.dwell.min-snapshots") int dwellSnapshots,
            @ConfigProperty(name = "bankstream.segments.dwell.min-days") int dwellDays,
            @ConfigProperty(name = "bankstream.segments.offers.limit") int offerLimit,
            @ConfigProperty(name = "bankstream.segments.model-check-interval") Duration modelCheckInterval) {
        SegmentSettings settings = new SegmentSettings(new DwellPolicy(dwellSnapshots, dwellDays), offerLimit,
                modelCheckInterval, quadrants);
        return new SegmentTopology(serdes, models, settings, metrics).build();
    }
}
