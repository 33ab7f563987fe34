package dev.bankstream.segment.features;

import dev.bankstream.schemas.AccountBehaviour;

/**
 * One feature of a segmentation: how to read it from a behaviour snapshot, in which unit, and how it is scaled.
 *
 * @param name        stable name, used in models, profiles and the dashboard
 * @param description what it measures, in words
 * @param unit        unit of the raw value (profiles report centroids in it)
 * @param scale       mapping applied before standardization
 * @param extractor   reads the raw value; returns {@link #MISSING} when the snapshot does not know it
 */
public record FeatureDefinition(String name, String description, String unit, Scale scale, Extractor extractor) {

    /** Marker for an unknown value; any non-finite value read from a snapshot counts as missing too. */
    public static final double MISSING = Double.NaN;

    @FunctionalInterface
    public interface Extractor {
        double valueOf(AccountBehaviour behaviour);
    }

    public static boolean isMissing(double value) {
        return !Double.isFinite(value);
    }
}
