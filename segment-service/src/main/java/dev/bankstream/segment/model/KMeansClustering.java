package dev.bankstream.segment.model;

import java.util.List;

import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo K-means on standardized rows, returned as plain arrays in our feature order.
 *
 * <p>k-means++ initialisation and a fixed seed make a fit a pure function of (rows, k, iterations, seed): that is
 * what keeps segments stable and lets the K-means history re-run the first iterations exactly. One thread, because
 * a parallel M-step may sum in a different order and break that determinism.
 */
public final class KMeansClustering {

    private static final ClusteringFactory FACTORY = new ClusteringFactory();

    private KMeansClustering() {
    }

    /**
     * A fitted clustering: centroids in the rows' space and, for every row, the index of its nearest centroid.
     */
    public record Fit(double[][] centroids, int[] labels) {

        public int k() {
            return centroids.length;
        }

        public long[] sizes() {
            long[] sizes = new long[centroids.length];
            for (int label : labels) {
                sizes[label]++;
            }
            return sizes;
        }
    }

    public static Fit fit(double[][] rows, List<String> featureNames, int k, int iterations, long seed) {
        if (rows.length < k) {
            throw new IllegalArgumentException("Cannot make " + k + " clusters from " + rows.length + " accounts");
        }
        String[] names = featureNames.toArray(String[]::new);
        MutableDataset<ClusterID> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("standardized account features", FACTORY), FACTORY);
        for (double[] row : rows) {
            dataset.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, iterations, new L2Distance(),
                KMeansTrainer.Initialisation.PLUSPLUS, 1, seed);
        KMeansModel model = trainer.train(dataset);
        double[][] centroids = centroidsInOrder(model.getCentroids(), featureNames);
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            labels[i] = nearest(centroids, rows[i]);
        }
        return new Fit(centroids, labels);
    }

    /** Tribuo orders features by name; the rest of the service uses the feature set's order. */
    private static double[][] centroidsInOrder(List<List<Feature>> tribuoCentroids, List<String> featureNames) {
        double[][] centroids = new double[tribuoCentroids.size()][featureNames.size()];
        for (int c = 0; c < centroids.length; c++) {
            for (Feature feature : tribuoCentroids.get(c)) {
                int index = featureNames.indexOf(feature.getName());
                if (index < 0) {
                    throw new IllegalStateException("Tribuo returned unknown feature " + feature.getName());
                }
                centroids[c][index] = feature.getValue();
            }
        }
        return centroids;
    }

    /** Index of the nearest centroid; the first wins a tie, as in Tribuo's own assignment step. */
    public static int nearest(double[][] centroids, double[] row) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double distance = squaredDistance(centroids[c], row);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }

    public static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
