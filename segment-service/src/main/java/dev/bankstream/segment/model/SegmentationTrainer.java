package dev.bankstream.segment.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.features.Standardizer;

/**
 * Trains a segmentation: standardize, try every k with Tribuo K-means, keep the k the quality rule chooses,
 * then give each centroid a stable segment (inherited from the previous model when it is the same cluster,
 * otherwise a new id and a name read off the centroid).
 */
public final class SegmentationTrainer {

    private final TrainingSettings settings;

    public SegmentationTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /**
     * @param previous the model in service, or null for the first training; its segments are carried over
     */
    public Training train(Segmentation segmentation, FeatureMatrix matrix, SegmentationModel previous) {
        FeatureSet features = segmentation.featureSet();
        if (matrix.featureSet() != features) {
            throw new IllegalArgumentException("Matrix holds " + matrix.featureSet().name() + " features, not "
                    + features.name());
        }
        if (previous != null && previous.segmentation() != segmentation) {
            throw new IllegalArgumentException("Previous model is a " + previous.segmentation().id() + " model");
        }
        if (matrix.rows() < settings.minK()) {
            throw new IllegalArgumentException("Need at least " + settings.minK() + " accounts, got " + matrix.rows());
        }
        Standardizer standardizer = Standardizer.fit(features, matrix.raw());
        double[][] rows = standardizer.standardize(matrix.raw());

        List<KCandidate> candidates = new ArrayList<>();
        List<KMeansClustering.Fit> fits = new ArrayList<>();
        for (int k = settings.minK(); k <= Math.min(settings.maxK(), matrix.rows()); k++) {
            KMeansClustering.Fit fit = KMeansClustering.fit(rows, features.names(), k, settings.maxIterations(),
                    settings.seed());
            fits.add(fit);
            candidates.add(new KCandidate(k,
                    ClusterQuality.silhouette(rows, fit.labels(), k, settings.silhouetteSample(), settings.seed()),
                    ClusterQuality.daviesBouldin(rows, fit.labels(), k)));
        }
        KMeansClustering.Fit best = fits.get(KCandidate.choose(candidates).k() - settings.minK());
        return assemble(segmentation, matrix, previous, standardizer, rows, candidates, largestFirst(best));
    }

    /** Largest cluster first, so that a first model's ids read in order of importance. */
    private static KMeansClustering.Fit largestFirst(KMeansClustering.Fit fit) {
        long[] sizes = fit.sizes();
        Integer[] order = new Integer[fit.k()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer c) -> sizes[c]).reversed().thenComparingInt(c -> c));
        double[][] centroids = new double[order.length][];
        int[] newSlot = new int[order.length];
        for (int slot = 0; slot < order.length; slot++) {
            centroids[slot] = fit.centroids()[order[slot]];
            newSlot[order[slot]] = slot;
        }
        int[] labels = new int[fit.labels().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newSlot[fit.labels()[i]];
        }
        return new KMeansClustering.Fit(centroids, labels);
    }

    private Training assemble(Segmentation segmentation, FeatureMatrix matrix, SegmentationModel previous,
            Standardizer standardizer, double[][] rows, List<KCandidate> candidates, KMeansClustering.Fit fit) {
        FeatureSet features = segmentation.featureSet();
        int k = fit.k();
        int[] inherited = new int[k];
        Arrays.fill(inherited, -1);
        if (previous != null) {
            double[][] inPreviousSpace = new double[k][];
            for (int c = 0; c < k; c++) {
                inPreviousSpace[c] = previous.standardizer().standardize(standardizer.toOriginal(fit.centroids()[c]));
            }
            inherited = CentroidMatcher.match(previous.centroids(), inPreviousSpace, settings.matchRadius());
        }

        Segment[] segments = new Segment[k];
        Set<String> keptNames = new HashSet<>();
        List<Integer> fresh = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (inherited[c] >= 0) {
                segments[c] = previous.segment(inherited[c]);
                keptNames.add(segments[c].name());
            } else {
                fresh.add(c);
            }
        }
        List<SegmentDescription> descriptions = new ArrayList<>();
        for (int c : fresh) {
            descriptions.add(segmentation.namer().describe(Centroid.of(features, standardizer, fit.centroids()[c])));
        }
        List<String> names = UniqueNames.of(descriptions, keptNames);
        int nextId = previous == null ? 1 : previous.nextSegmentId();
        for (int i = 0; i < fresh.size(); i++) {
            segments[fresh.get(i)] = new Segment(nextId++, names.get(i));
        }

        int generation = previous == null ? 1 : previous.generation() + 1;
        String version = segmentation.id() + "-g" + generation + "-" + digest(standardizer, fit.centroids(), segments);
        SegmentationModel model = new SegmentationModel(segmentation, version, generation, standardizer,
                fit.centroids(), segments, fit.sizes(), candidates, settings.seed(), settings.maxIterations(), nextId);
        return new Training(model, matrix, rows, fit.labels());
    }

    /** Content-derived, so two different models never share a version even when trained from the same one. */
    private static String digest(Standardizer standardizer, double[][] centroids, Segment[] segments) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(Double.BYTES);
            for (double[] values : List.of(standardizer.means(), standardizer.deviations())) {
                for (double value : values) {
                    sha.update(buffer.clear().putDouble(value).array());
                }
            }
            for (int c = 0; c < centroids.length; c++) {
                for (double value : centroids[c]) {
                    sha.update(buffer.clear().putDouble(value).array());
                }
                sha.update((segments[c].id() + ":" + segments[c].name()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
