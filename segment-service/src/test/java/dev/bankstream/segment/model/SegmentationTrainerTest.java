package dev.bankstream.segment.model;

import static dev.bankstream.segment.PlantedAccounts.FOUR;
import static dev.bankstream.segment.PlantedAccounts.adjustedRand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.segment.PlantedAccounts;
import dev.bankstream.segment.PlantedAccounts.Sample;

class SegmentationTrainerTest {

    private static final SegmentationTrainer TRAINER = new SegmentationTrainer(TrainingSettings.defaults());

    private static Sample sample;
    private static Training training;

    @BeforeAll
    static void trainOnFourPlantedClusters() {
        sample = PlantedAccounts.draw(FOUR, 250, 0.15, 1L, 1_000);
        training = TRAINER.train(Segmentation.BEHAVIOURAL, sample.matrix(), null);
    }

    @Test
    void recoversThePlantedClustersAndChoosesK4() {
        // Given four planted behaviour profiles, 250 accounts each (trained once above)
        SegmentationModel model = training.model();

        // When / Then: k = 4 is chosen, both measures are reported for every k tried, and the partition is the
        // planted one
        assertThat(model.k()).isEqualTo(4);
        assertThat(model.candidates()).extracting(KCandidate::k).containsExactly(3, 4, 5);
        KCandidate four = model.chosen();
        assertThat(model.candidates()).allSatisfy(c -> {
            assertThat(four.silhouette()).isGreaterThanOrEqualTo(c.silhouette());
            assertThat(four.daviesBouldin()).isLessThanOrEqualTo(c.daviesBouldin());
        });
        assertThat(adjustedRand(sample.planted(), training.slots())).isGreaterThan(0.98);
    }

    @Test
    void everyTrainingAccountIsInExactlyOneSegmentAndTheModelAgrees() {
        // Given the trained model
        SegmentationModel model = training.model();

        // When every training row is assigned by the online path
        long[] counted = new long[model.k()];
        for (int i = 0; i < sample.matrix().rows(); i++) {
            Assignment assignment = model.assign(sample.matrix().raw()[i]);
            assertThat(assignment).isInstanceOf(Assignment.Assigned.class);
            Segment segment = ((Assignment.Assigned) assignment).segment();
            // Then it lands where training put it
            assertThat(segment).isEqualTo(model.segment(training.slots()[i]));
            counted[model.segments().indexOf(segment)]++;
        }
        long[] sizes = new long[model.k()];
        for (int slot = 0; slot < model.k(); slot++) {
            sizes[slot] = model.trainingSize(slot);
        }
        assertThat(counted).containsExactly(sizes);
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(sample.matrix().rows());
    }

    @Test
    void firstModelNumbersSegmentsFromOneAndNamesThemFromTheirCentroids() {
        // Given the trained model; When its segments are listed
        SegmentationModel model = training.model();
        Map<Integer, String> nameOfPlanted = namesByPlantedProfile(sample, training);

        // Then ids are 1..4 and each planted profile got the name the rule gives it: its quadrant, plus its
        // strongest other trait (savings ratio 0.5 against a mean near 0.1 is more than one sd above)
        assertThat(model.segments()).extracting(Segment::id).containsExactly(1, 2, 3, 4);
        assertThat(model.generation()).isEqualTo(1);
        assertThat(model.version()).startsWith("behavioural-g1-");
        assertThat(nameOfPlanted).containsEntry(0, "High-value power users")
                .containsEntry(1, "Affluent inactive, net savers")
                .containsEntry(2, "Value-driven frequent users, many small payments")
                .containsEntry(3, "Budget-conscious occasional, heavy loan repayments");
    }

    @Test
    void trainingIsDeterministic() {
        // Given the same data and seed; When trained again
        SegmentationModel again = TRAINER.train(Segmentation.BEHAVIOURAL, sample.matrix(), null).model();

        // Then it is the same model
        assertThat(again.version()).isEqualTo(training.model().version());
        assertThat(again.centroids()).isDeepEqualTo(training.model().centroids());
    }

    @Test
    void perturbedRetrainKeepsIdsAndNames() {
        // Given new accounts drawn from the same profiles with more noise, in another order
        Sample perturbed = PlantedAccounts.draw(FOUR, 230, 0.2, 99L, 50_000);

        // When retrained with the model in service as the previous one
        Training retrained = TRAINER.train(Segmentation.BEHAVIOURAL, perturbed.matrix(), training.model());

        // Then every planted profile keeps its segment id and name, under a new version
        assertThat(idsByPlantedProfile(perturbed, retrained)).isEqualTo(idsByPlantedProfile(sample, training));
        assertThat(namesByPlantedProfile(perturbed, retrained)).isEqualTo(namesByPlantedProfile(sample, training));
        assertThat(retrained.model().generation()).isEqualTo(2);
        assertThat(retrained.model().version()).startsWith("behavioural-g2-")
                .isNotEqualTo(training.model().version());
    }

    @Test
    void newClusterAfterRetrainGetsAFreshIdWhileTheOthersKeepTheirs() {
        // Given the four profiles plus a fifth, far from all of them
        List<double[]> five = new ArrayList<>(FOUR);
        five.add(PlantedAccounts.OVERDRAWN_HEAVY_BORROWERS);
        Sample grown = PlantedAccounts.draw(five, 200, 0.15, 7L, 90_000);

        // When retrained
        Training retrained = TRAINER.train(Segmentation.BEHAVIOURAL, grown.matrix(), training.model());

        // Then the old profiles keep ids 1..4 and the new one gets 5, named from its own centroid (negative
        // balance: low value; its most distinctive trait is 95% of days overdrawn)
        Map<Integer, Integer> ids = idsByPlantedProfile(grown, retrained);
        Map<Integer, Integer> before = idsByPlantedProfile(sample, training);
        for (int profile = 0; profile < 4; profile++) {
            assertThat(ids.get(profile)).isEqualTo(before.get(profile));
        }
        assertThat(ids.get(4)).isEqualTo(5);
        assertThat(retrained.model().nextSegmentId()).isEqualTo(6);
        assertThat(namesByPlantedProfile(grown, retrained).get(4))
                .isEqualTo("Value-driven frequent users, often overdrawn");
        assertThat(retrained.model().segments()).extracting(Segment::name).doesNotHaveDuplicates();
    }

    /** For each planted profile, the segment most of its accounts were put in. */
    static Map<Integer, Segment> segmentsByPlantedProfile(Sample sample, Training training) {
        Map<Integer, Map<Segment, Integer>> votes = new HashMap<>();
        for (int i = 0; i < sample.planted().length; i++) {
            votes.computeIfAbsent(sample.planted()[i], p -> new HashMap<>())
                    .merge(training.model().segment(training.slots()[i]), 1, Integer::sum);
        }
        Map<Integer, Segment> result = new HashMap<>();
        votes.forEach((profile, counts) -> result.put(profile,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return result;
    }

    private static Map<Integer, Integer> idsByPlantedProfile(Sample sample, Training training) {
        Map<Integer, Integer> ids = new HashMap<>();
        segmentsByPlantedProfile(sample, training).forEach((profile, segment) -> ids.put(profile, segment.id()));
        return ids;
    }

    private static Map<Integer, String> namesByPlantedProfile(Sample sample, Training training) {
        Map<Integer, String> names = new HashMap<>();
        segmentsByPlantedProfile(sample, training).forEach((profile, segment) -> names.put(profile, segment.name()));
        return names;
    }
}
