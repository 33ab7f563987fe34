package dev.bankstream.segment.features;

import java.util.Arrays;

/**
 * Z-scores fitted on the training accounts and kept with the model, so that online snapshots are scaled exactly
 * as the accounts the centroids were learnt from. Each feature is first mapped by its {@link Scale}.
 * A missing value becomes z = 0 (the training mean): the documented fallback.
 */
public final class Standardizer {

    private final Scale[] scales;
    private final double[] means;
    private final double[] deviations;
    private final boolean[] observed;

    /**
     * @param observed per feature, whether any training account knew it (twm, for one, has no districts)
     */
    public Standardizer(Scale[] scales, double[] means, double[] deviations, boolean[] observed) {
        if (scales.length != means.length || means.length != deviations.length || means.length != observed.length) {
            throw new IllegalArgumentException("Scales, means, deviations and observed need one entry per feature");
        }
        this.scales = scales.clone();
        this.means = means.clone();
        this.deviations = deviations.clone();
        this.observed = observed.clone();
    }

    /**
     * Fits on known values only. A feature that is constant (or never known) in training gets deviation 1 so
     * that it contributes z = 0 to every account instead of dividing by zero.
     */
    public static Standardizer fit(FeatureSet set, double[][] raw) {
        int width = set.size();
        Scale[] scales = new Scale[width];
        double[] means = new double[width];
        double[] deviations = new double[width];
        boolean[] observed = new boolean[width];
        for (int f = 0; f < width; f++) {
            Scale scale = set.feature(f).scale();
            scales[f] = scale;
            double sum = 0;
            int known = 0;
            for (double[] row : raw) {
                if (!FeatureDefinition.isMissing(row[f])) {
                    sum += scale.forward(row[f]);
                    known++;
                }
            }
            double mean = known == 0 ? 0 : sum / known;
            double squares = 0;
            for (double[] row : raw) {
                if (!FeatureDefinition.isMissing(row[f])) {
                    double d = scale.forward(row[f]) - mean;
                    squares += d * d;
                }
            }
            double deviation = known == 0 ? 0 : Math.sqrt(squares / known);
            means[f] = mean;
            deviations[f] = deviation > 1e-12 ? deviation : 1.0;
            observed[f] = known > 0;
        }
        return new Standardizer(scales, means, deviations, observed);
    }

    public int size() {
        return means.length;
    }

    public double standardize(int feature, double raw) {
        if (FeatureDefinition.isMissing(raw)) {
            return 0;
        }
        return (scales[feature].forward(raw) - means[feature]) / deviations[feature];
    }

    public double[] standardize(double[] raw) {
        double[] z = new double[raw.length];
        for (int f = 0; f < raw.length; f++) {
            z[f] = standardize(f, raw[f]);
        }
        return z;
    }

    public double[][] standardize(double[][] raw) {
        double[][] z = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            z[i] = standardize(raw[i]);
        }
        return z;
    }

    /** Back to raw units: how profiles show a centroid to a person. */
    public double toOriginal(int feature, double z) {
        return scales[feature].inverse(z * deviations[feature] + means[feature]);
    }

    public double[] toOriginal(double[] z) {
        double[] raw = new double[z.length];
        for (int f = 0; f < z.length; f++) {
            raw[f] = toOriginal(f, z[f]);
        }
        return raw;
    }

    public Scale[] scales() {
        return scales.clone();
    }

    public double[] means() {
        return means.clone();
    }

    public double[] deviations() {
        return deviations.clone();
    }

    public boolean observed(int feature) {
        return observed[feature];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardizer other && Arrays.equals(scales, other.scales)
                && Arrays.equals(means, other.means) && Arrays.equals(deviations, other.deviations)
                && Arrays.equals(observed, other.observed);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(means) + Arrays.hashCode(deviations);
    }
}
