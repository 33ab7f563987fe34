package dev.bankstream.segment.model;

import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.features.Standardizer;

/**
 * A trained segmentation, used online: standardizer, centroids and the stable segments they stand for.
 * Immutable and thread-safe. {@link #assign(AccountBehaviour)} allocates one feature array and the result.
 */
public final class SegmentationModel {

    private final Segmentation segmentation;
    private final String version;
    private final int generation;
    private final Standardizer standardizer;
    private final double[][] centroids;
    private final Segment[] segments;
    private final long[] trainingSizes;
    private final List<KCandidate> candidates;
    private final long seed;
    private final int maxIterations;
    private final int nextSegmentId;

    /**
     * @param centroids     one row per segment, standardized units, in the feature set's order
     * @param segments      the segment each centroid stands for (same order)
     * @param trainingSizes training accounts per segment (same order)
     * @param candidates    the quality of every k tried when the model was trained
     * @param nextSegmentId the id a future retrain gives its first new segment: ids are never reused
     */
    public SegmentationModel(Segmentation segmentation, String version, int generation, Standardizer standardizer,
            double[][] centroids, Segment[] segments, long[] trainingSizes, List<KCandidate> candidates, long seed,
            int maxIterations, int nextSegmentId) {
        int width = segmentation.featureSet().size();
        if (standardizer.size() != width) {
            throw new IllegalArgumentException("Standardizer has " + standardizer.size() + " features, not " + width);
        }
        if (segments.length != centroids.length || trainingSizes.length != centroids.length) {
            throw new IllegalArgumentException("One segment and one size per centroid");
        }
        for (double[] centroid : centroids) {
            if (centroid.length != width) {
                throw new IllegalArgumentException("Centroid width " + centroid.length + " != " + width);
            }
        }
        this.segmentation = segmentation;
        this.version = version;
        this.generation = generation;
        this.standardizer = standardizer;
        this.centroids = deepCopy(centroids);
        this.segments = segments.clone();
        this.trainingSizes = trainingSizes.clone();
        this.candidates = List.copyOf(candidates);
        this.seed = seed;
        this.maxIterations = maxIterations;
        this.nextSegmentId = nextSegmentId;
    }

    /** The segment of a behaviour snapshot, or why it has none (the dead-letter reason). */
    public Assignment assign(AccountBehaviour behaviour) {
        FeatureSet features = segmentation.featureSet();
        double[] values = new double[features.size()];
        int missing = features.extract(behaviour, values);
        if (!features.isAssignable(missing)) {
            return new Assignment.Unassignable(features.missingReason(values));
        }
        return assignInPlace(values);
    }

    /** The segment of a row of raw feature values (the feature set's order; NaN = missing). */
    public Assignment assign(double[] raw) {
        if (!segmentation.featureSet().isAssignable(raw)) {
            return new Assignment.Unassignable(segmentation.featureSet().missingReason(raw));
        }
        return assignInPlace(raw.clone());
    }

    /** Standardizes {@code values} in place, then finds the nearest centroid. */
    private Assignment assignInPlace(double[] values) {
        for (int f = 0; f < values.length; f++) {
            values[f] = standardizer.standardize(f, values[f]);
        }
        int slot = KMeansClustering.nearest(centroids, values);
        double distance = Math.sqrt(KMeansClustering.squaredDistance(centroids[slot], values));
        return new Assignment.Assigned(segments[slot], distance, version);
    }

    /** Index of the centroid nearest to a standardized row (views use this on training rows). */
    public int slotOf(double[] standardizedRow) {
        return KMeansClustering.nearest(centroids, standardizedRow);
    }

    public Segmentation segmentation() {
        return segmentation;
    }

    public String version() {
        return version;
    }

    public int generation() {
        return generation;
    }

    public Standardizer standardizer() {
        return standardizer;
    }

    public int k() {
        return centroids.length;
    }

    public double[] centroid(int slot) {
        return centroids[slot].clone();
    }

    public double[][] centroids() {
        return deepCopy(centroids);
    }

    /** A centroid in the features' raw units. */
    public double[] centroidOriginal(int slot) {
        return standardizer.toOriginal(centroids[slot]);
    }

    public Segment segment(int slot) {
        return segments[slot];
    }

    public List<Segment> segments() {
        return List.of(segments);
    }

    public long trainingSize(int slot) {
        return trainingSizes[slot];
    }

    public List<KCandidate> candidates() {
        return candidates;
    }

    public KCandidate chosen() {
        return candidates.stream().filter(c -> c.k() == centroids.length).findFirst()
                .orElseThrow(() -> new IllegalStateException("No quality recorded for k = " + centroids.length));
    }

    public long seed() {
        return seed;
    }

    public int maxIterations() {
        return maxIterations;
    }

    public int nextSegmentId() {
        return nextSegmentId;
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    @Override
    public String toString() {
        return segmentation.id() + " " + version + " " + List.of(segments);
    }
}
