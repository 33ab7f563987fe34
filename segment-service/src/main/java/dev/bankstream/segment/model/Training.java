package dev.bankstream.segment.model;

import dev.bankstream.segment.features.FeatureMatrix;

/**
 * A training run's model together with the data it was fitted on, which the dashboard views (profiles, PCA,
 * K-means history) are computed from.
 *
 * @param standardized the training rows in the model's standardized units
 * @param slots        for each training row, the index of its centroid in the model
 */
public record Training(SegmentationModel model, FeatureMatrix matrix, double[][] standardized, int[] slots) {
}
