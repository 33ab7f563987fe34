package dev.bankstream.segment.view;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.segment.features.FeatureDefinition;
import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.model.SegmentationModel;

/**
 * What the dashboard shows per segment: its centroid in the features' own units, its size, and radar-chart
 * values. Lists are aligned with {@link #features()}.
 */
public record SegmentProfiles(String segmentation, String modelVersion, List<String> features, List<String> units,
        List<String> descriptions, List<SegmentProfile> segments) {

    /**
     * @param centroid the centroid in raw units (for log-scaled amounts, a typical member rather than the mean)
     * @param radar    each feature scaled 0..1 across the segments: 0 = the lowest segment, 1 = the highest,
     *                 0.5 when all segments are equal; computed on standardized centroids, the space the
     *                 clustering itself sees
     */
    public record SegmentProfile(int id, String name, long size, double share, List<Double> centroid,
            List<Double> radar) {
    }

    public static SegmentProfiles of(SegmentationModel model) {
        FeatureSet features = model.segmentation().featureSet();
        int k = model.k();
        int width = features.size();
        double[][] centroids = model.centroids();
        double[] low = new double[width];
        double[] high = new double[width];
        for (int f = 0; f < width; f++) {
            low[f] = Double.POSITIVE_INFINITY;
            high[f] = Double.NEGATIVE_INFINITY;
            for (double[] centroid : centroids) {
                low[f] = Math.min(low[f], centroid[f]);
                high[f] = Math.max(high[f], centroid[f]);
            }
        }
        long total = 0;
        for (int slot = 0; slot < k; slot++) {
            total += model.trainingSize(slot);
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int slot = 0; slot < k; slot++) {
            List<Double> radar = new ArrayList<>();
            for (int f = 0; f < width; f++) {
                double range = high[f] - low[f];
                radar.add(range < 1e-12 ? 0.5 : (centroids[slot][f] - low[f]) / range);
            }
            List<Double> original = new ArrayList<>();
            for (double value : model.centroidOriginal(slot)) {
                original.add(value);
            }
            long size = model.trainingSize(slot);
            profiles.add(new SegmentProfile(model.segment(slot).id(), model.segment(slot).name(), size,
                    total == 0 ? 0 : (double) size / total, List.copyOf(original), List.copyOf(radar)));
        }
        return new SegmentProfiles(model.segmentation().id(), model.version(), features.names(),
                features.features().stream().map(FeatureDefinition::unit).toList(),
                features.features().stream().map(FeatureDefinition::description).toList(), List.copyOf(profiles));
    }
}
