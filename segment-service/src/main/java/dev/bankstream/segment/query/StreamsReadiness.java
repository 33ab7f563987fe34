package dev.bankstream.segment.query;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.recommend.ItemItemRecommender;
import dev.bankstream.segment.topology.CurrentModels;

/**
 * Ready while Kafka Streams is RUNNING (the stores answer queries). Which models are in service is reported with
 * it: before the first one, snapshots are stored but not assigned, which is a state to show, not an error.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    static final String NO_MODEL = "none yet: snapshots are stored, not assigned (POST /segmentations/train)";

    private final KafkaStreams streams;
    private final CurrentModels models;

    StreamsReadiness(KafkaStreams streams, CurrentModels models) {
        this.streams = streams;
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        KafkaStreams.State state = streams.state();
        CurrentModels.Snapshot inService = models.now();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka Streams queryable state")
                .status(state == KafkaStreams.State.RUNNING)
                .withData("state", state.name());
        for (Segmentation segmentation : Segmentation.values()) {
            response.withData(segmentation.modelName(), inService.segmentation(segmentation)
                    .map(SegmentationModel::version).orElse(NO_MODEL));
        }
        return response.withData("recommender", inService.offersModel()
                .map(ItemItemRecommender::version).orElse("none yet: holdings are stored, no offers"))
                .build();
    }
}
