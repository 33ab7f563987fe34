package dev.bankstream.segment.view;

import static dev.bankstream.segment.PlantedAccounts.FOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.segment.PlantedAccounts;
import dev.bankstream.segment.features.BehaviouralFeatures;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.Training;
import dev.bankstream.segment.model.TrainingSettings;

class DashboardViewsTest {

    private static PlantedAccounts.Sample sample;
    private static Training training;

    @BeforeAll
    static void train() {
        // Noisy enough that K-means needs several iterations to settle
        sample = PlantedAccounts.draw(FOUR, 150, 0.6, 11L, 1);
        training = new SegmentationTrainer(TrainingSettings.defaults()).train(Segmentation.BEHAVIOURAL,
                sample.matrix(), null);
    }

    @Test
    void profilesShowSizesCentroidsInRawUnitsAndRadarValuesBetweenZeroAndOne() {
        // Given the trained model; When its profiles are built
        SegmentProfiles profiles = SegmentProfiles.of(training.model());

        // Then sizes cover every account, shares add up to one
        assertThat(profiles.features()).isEqualTo(BehaviouralFeatures.SET.names());
        assertThat(profiles.segments()).hasSize(training.model().k());
        assertThat(profiles.segments().stream().mapToLong(SegmentProfiles.SegmentProfile::size).sum())
                .isEqualTo(sample.matrix().rows());
        assertThat(profiles.segments().stream().mapToDouble(SegmentProfiles.SegmentProfile::share).sum())
                .isCloseTo(1, within(1e-12));
        // and on every radar axis the lowest segment is 0 and the highest 1
        for (int f = 0; f < profiles.features().size(); f++) {
            int feature = f;
            List<Double> axis = profiles.segments().stream().map(p -> p.radar().get(feature)).toList();
            assertThat(axis).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0)).contains(0.0, 1.0);
        }
        // and the rich segments' typical balance is near the planted 150,000 CZK
        int balance = profiles.features().indexOf(BehaviouralFeatures.AVERAGE_BALANCE);
        assertThat(profiles.segments().stream().mapToDouble(p -> p.centroid().get(balance)).max().orElseThrow())
                .isCloseTo(150_000, within(30_000.0));
    }

    @Test
    void pcaProjectionPlacesEveryAccountWithItsSegment() {
        // Given the trained model; When accounts are projected
        PcaProjection projection = PcaProjection.of(training);

        // Then every training account is there once, with its segment, and PC1 explains more than PC2
        assertThat(projection.accounts()).hasSize(sample.matrix().rows());
        assertThat(projection.accounts()).extracting(PcaProjection.Point::id).doesNotHaveDuplicates();
        assertThat(projection.accounts()).extracting(PcaProjection.Point::segmentId)
                .isSubsetOf(training.model().segments().stream().map(Segment::id).toList());
        assertThat(projection.explainedVariance().get(0)).isGreaterThan(projection.explainedVariance().get(1));
        assertThat(projection.loadings()).hasSize(2).allSatisfy(l -> assertThat(l).hasSize(8));
        assertThat(projection.centroids()).hasSize(training.model().k());
    }

    @Test
    void kmeansHistoryConvergesToTheTrainedModel() {
        // Given the trained model; When its first 25 iterations are replayed
        KMeansHistory history = KMeansHistory.replay(training, 25);

        // Then there are 25 iterations, every one assigns every account
        assertThat(history.iterations()).hasSize(25);
        assertThat(history.iterations()).allSatisfy(i -> assertThat(i.segmentIds()).hasSize(sample.matrix().rows()));
        // and accounts move early, then settle on exactly the trained model's assignment
        KMeansHistory.Iteration first = history.iterations().get(0);
        KMeansHistory.Iteration last = history.iterations().get(24);
        assertThat(first.moved()).isEqualTo(sample.matrix().rows());
        assertThat(history.iterations().get(1).moved()).isPositive();
        assertThat(last.moved()).isZero();
        for (int r = 0; r < sample.matrix().rows(); r++) {
            assertThat(last.segmentIds().get(r)).isEqualTo(training.model().segment(training.slots()[r]).id());
        }
        assertThat(first.centroids()).isNotEqualTo(last.centroids());
        assertThat(last.centroidSegmentIds()).containsExactlyInAnyOrderElementsOf(
                training.model().segments().stream().map(Segment::id).toList());
    }

    @Test
    void viewsAreJsonFriendly() throws Exception {
        // Given the views; When written as JSON / Then plain objects and arrays come out
        ObjectMapper json = new ObjectMapper();
        String profiles = json.writeValueAsString(SegmentProfiles.of(training.model()));
        String history = json.writeValueAsString(KMeansHistory.replay(training, 2));

        assertThat(json.readTree(profiles).get("segments").get(0).get("radar").isArray()).isTrue();
        assertThat(json.readTree(history).get("iterations").get(1).get("iteration").asInt()).isEqualTo(2);
    }
}
