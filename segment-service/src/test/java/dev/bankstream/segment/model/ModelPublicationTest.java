package dev.bankstream.segment.model;

import static dev.bankstream.segment.Behaviours.typical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.PlantedAccounts;

class ModelPublicationTest {

    private static SegmentationModel model;

    @BeforeAll
    static void train() {
        model = new SegmentationTrainer(TrainingSettings.defaults())
                .train(Segmentation.BEHAVIOURAL, PlantedAccounts.draw(PlantedAccounts.FOUR, 50, 0.15, 3L, 1).matrix(),
                        null)
                .model();
    }

    @Test
    void publishedModelReadsBackToTheSameAssignments() {
        // Given a model published to the models topic
        PublishedModel published = ModelPublication.publish(model, "generated test accounts",
                Instant.parse("2024-01-01T00:00:00Z"));

        // When it is read back
        SegmentationModel read = ModelPublication.read(published);

        // Then it carries the same name, metrics and behaviour
        assertThat(published.getName()).isEqualTo("segmentation-behavioural");
        assertThat(published.getAlgorithm()).isEqualTo("kmeans");
        assertThat(published.getFeatureNames()).isEqualTo(Segmentation.BEHAVIOURAL.featureSet().names());
        assertThat(published.getMetrics()).containsKeys("k", "silhouette", "daviesBouldin", "k3.silhouette",
                "k5.daviesBouldin");
        assertThat(published.getPayloadSha256()).hasSize(64);
        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.segments()).isEqualTo(model.segments());
        assertThat(read.centroids()).isDeepEqualTo(model.centroids());
        assertThat(read.standardizer()).isEqualTo(model.standardizer());
        assertThat(read.candidates()).isEqualTo(model.candidates());
        AccountBehaviour behaviour = typical(1).build();
        assertThat(read.assign(behaviour)).isEqualTo(model.assign(behaviour));
    }

    @Test
    void tamperedPayloadIsRefused() {
        // Given a published model whose payload changed after its hash was taken
        PublishedModel published = ModelPublication.publish(model, "test", Instant.EPOCH);
        byte[] payload = published.getPayload().array().clone();
        payload[payload.length - 1] ^= 1;
        published.setPayload(ByteBuffer.wrap(payload));

        // When / Then
        assertThatThrownBy(() -> ModelPublication.read(published)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("SHA-256");
    }

    @Test
    void modelForOtherFeaturesIsRefused() {
        // Given a payload that claims to be a demographic model but holds behavioural features
        byte[] payload = SegmentationModelCodec.encode(model);
        byte[] relabelled = new String(payload, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("behavioural", "demographic").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        // When / Then
        assertThatThrownBy(() -> SegmentationModelCodec.decode(relabelled)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("expects");
    }

    @Test
    void snapshotWithTooLittleKnownIsUnassignableWithTheReason() {
        // Given a snapshot of an account with no transactions
        AccountBehaviour empty = dev.bankstream.segment.Behaviours.empty(5).build();

        // When / Then
        assertThat(model.assign(empty)).isInstanceOfSatisfying(Assignment.Unassignable.class,
                u -> assertThat(u.reason()).startsWith("MISSING_FEATURES: 7 of 8"));
    }
}
