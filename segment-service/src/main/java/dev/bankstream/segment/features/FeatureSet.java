package dev.bankstream.segment.features;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;

/**
 * A named, ordered list of features that one segmentation clusters on.
 *
 * <p>Missing values: a snapshot may lack some features (no district, unknown age, no transactions yet). Up to
 * half of a set's features may be missing: those are imputed with the training mean (z = 0), so they pull the
 * account towards no segment in particular. With more than half missing the snapshot says more about the
 * training population than about the account, so it is not assigned and the caller dead-letters it with
 * {@link #missingReason(double[])}.
 */
public final class FeatureSet {

    private final String name;
    private final List<FeatureDefinition> features;
    private final String[] names;

    public FeatureSet(String name, List<FeatureDefinition> features) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("A feature set needs at least one feature");
        }
        this.name = name;
        this.features = List.copyOf(features);
        this.names = features.stream().map(FeatureDefinition::name).toArray(String[]::new);
    }

    public String name() {
        return name;
    }

    public List<FeatureDefinition> features() {
        return features;
    }

    public FeatureDefinition feature(int index) {
        return features.get(index);
    }

    public int size() {
        return names.length;
    }

    public List<String> names() {
        return List.of(names);
    }

    public int indexOf(String featureName) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(featureName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No feature " + featureName + " in " + name);
    }

    /**
     * Reads every feature of the snapshot into {@code into} (raw units, {@link FeatureDefinition#MISSING} when
     * unknown) and returns how many are missing. Allocates nothing: this runs once per snapshot online.
     */
    public int extract(AccountBehaviour behaviour, double[] into) {
        int missing = 0;
        for (int i = 0; i < names.length; i++) {
            double value = features.get(i).extractor().valueOf(behaviour);
            if (FeatureDefinition.isMissing(value)) {
                value = FeatureDefinition.MISSING;
                missing++;
            }
            into[i] = value;
        }
        return missing;
    }

    /** True when few enough features are missing for the fallback (training mean) to be honest. */
    public boolean isAssignable(int missingCount) {
        return missingCount * 2 <= names.length;
    }

    public boolean isAssignable(double[] raw) {
        return isAssignable(countMissing(raw));
    }

    public static int countMissing(double[] raw) {
        int missing = 0;
        for (double value : raw) {
            if (FeatureDefinition.isMissing(value)) {
                missing++;
            }
        }
        return missing;
    }

    /** The dead-letter reason for a snapshot that is not assignable. */
    public String missingReason(double[] raw) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (FeatureDefinition.isMissing(raw[i])) {
                missing.add(names[i]);
            }
        }
        return "MISSING_FEATURES: " + missing.size() + " of " + names.length + " " + name
                + " features unknown (more than half): " + String.join(", ", missing);
    }

    @Override
    public String toString() {
        return name + names();
    }
}
