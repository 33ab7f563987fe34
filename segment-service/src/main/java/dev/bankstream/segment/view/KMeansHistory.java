package dev.bankstream.segment.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.bankstream.segment.features.Standardizer;
import dev.bankstream.segment.model.KMeansClustering;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.Training;

/**
 * How K-means reached a model, for the dashboard to animate: centroids and assignments after each of the first
 * iterations. Tribuo does not expose its intermediate states, so iteration i is a retrain with at most i
 * iterations from the same seed and data; k-means++ with a fixed seed makes that exactly the state the full
 * training passed through. Clusters carry the final model's stable segment ids throughout.
 *
 * @param accountIds the accounts, in the order of every iteration's {@code segmentIds}
 */
public record KMeansHistory(String segmentation, String modelVersion, int k, long seed, List<Long> accountIds,
        List<Iteration> iterations) {

    /**
     * @param centroidSegmentIds which segment each centroid belongs to
     * @param centroids          the centroids in raw units, in {@code centroidSegmentIds} order
     * @param centroids2d        the same centroids on the PCA plane of {@link PcaProjection}
     * @param segmentIds         each account's segment after this iteration
     * @param moved              accounts whose segment differs from the previous iteration (all, for the first)
     */
    public record Iteration(int iteration, List<Integer> centroidSegmentIds, List<List<Double>> centroids,
            List<PcaProjection.Point> centroids2d, List<Integer> segmentIds, int moved) {
    }

    /** The PCA plane is fitted as {@link PcaProjection#of} fits it, so centroids land on the same scatter plot. */
    public static KMeansHistory replay(Training training, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("At least one iteration");
        }
        SegmentationModel model = training.model();
        double[][] rows = training.standardized();
        PrincipalComponents pca = PrincipalComponents.fit(rows);
        List<String> names = model.segmentation().featureSet().names();
        int[] segmentOfCluster = segmentIdsOfClusters(model, rows, names);
        Standardizer standardizer = model.standardizer();

        List<Iteration> history = new ArrayList<>();
        int[] previous = null;
        for (int i = 1; i <= iterations; i++) {
            KMeansClustering.Fit fit = KMeansClustering.fit(rows, names, model.k(), i, model.seed());
            List<Integer> centroidIds = new ArrayList<>();
            List<List<Double>> centroids = new ArrayList<>();
            List<PcaProjection.Point> centroids2d = new ArrayList<>();
            for (int c = 0; c < fit.k(); c++) {
                double[] centroid = fit.centroids()[c];
                int id = segmentOfCluster[c];
                centroidIds.add(id);
                centroids.add(Arrays.stream(standardizer.toOriginal(centroid)).boxed().toList());
                centroids2d.add(new PcaProjection.Point(id, pca.project(centroid, 0), pca.project(centroid, 1), id));
            }
            int[] segmentIds = new int[rows.length];
            int moved = 0;
            for (int r = 0; r < rows.length; r++) {
                segmentIds[r] = segmentOfCluster[fit.labels()[r]];
                if (previous == null || previous[r] != segmentIds[r]) {
                    moved++;
                }
            }
            history.add(new Iteration(i, List.copyOf(centroidIds), List.copyOf(centroids), List.copyOf(centroids2d),
                    Arrays.stream(segmentIds).boxed().toList(), moved));
            previous = segmentIds;
        }
        return new KMeansHistory(model.segmentation().id(), model.version(), model.k(), model.seed(),
                Arrays.stream(training.matrix().accountIds()).boxed().toList(), List.copyOf(history));
    }

    /**
     * Tribuo numbers clusters by initial centroid; the model numbers them by size and gives them stable ids.
     * The full-length fit is the model's own fit, so each of its centroids is exactly one of the model's.
     */
    private static int[] segmentIdsOfClusters(SegmentationModel model, double[][] rows, List<String> names) {
        KMeansClustering.Fit full = KMeansClustering.fit(rows, names, model.k(), model.maxIterations(), model.seed());
        int[] ids = new int[full.k()];
        for (int c = 0; c < full.k(); c++) {
            ids[c] = model.segment(model.slotOf(full.centroids()[c])).id();
        }
        return ids;
    }
}
