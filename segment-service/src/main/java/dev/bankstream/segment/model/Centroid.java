package dev.bankstream.segment.model;

import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.features.Standardizer;

/**
 * A centroid as the naming rules read it: in standardized units (0 = the average training account), in raw
 * units, and whether training ever saw each feature (an unobserved feature says nothing and must not be named).
 */
public record Centroid(FeatureSet features, double[] standardized, double[] original, boolean[] observed) {

    public static Centroid of(FeatureSet features, Standardizer standardizer, double[] standardized) {
        boolean[] observed = new boolean[features.size()];
        for (int f = 0; f < observed.length; f++) {
            observed[f] = standardizer.observed(f);
        }
        return new Centroid(features, standardized.clone(), standardizer.toOriginal(standardized), observed);
    }

    public double z(String feature) {
        return standardized[features.indexOf(feature)];
    }

    public double raw(String feature) {
        return original[features.indexOf(feature)];
    }

    public boolean observed(String feature) {
        return observed[features.indexOf(feature)];
    }
}
