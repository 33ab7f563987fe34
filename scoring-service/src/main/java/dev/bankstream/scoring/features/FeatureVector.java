package dev.bankstream.scoring.features;

import java.util.Arrays;
import java.util.List;

/**
 * Named numbers in the order of {@link LoanFeatures#names()}: what a model scores.
 *
 * @param names  feature names, shared and immutable
 * @param values one finite value per name
 */
public record FeatureVector(List<String> names, double[] values) {

    public FeatureVector {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names but " + values.length + " values");
        }
        values = values.clone();
    }

    public int size() {
        return values.length;
    }

    public String name(int index) {
        return names.get(index);
    }

    public double value(int index) {
        return values[index];
    }

    public double value(String name) {
        return values[indexOf(name)];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** A copy with one value replaced: what-if questions and tests. */
    public FeatureVector with(String name, double value) {
        double[] changed = values.clone();
        changed[indexOf(name)] = value;
        return new FeatureVector(names, changed);
    }

    private int indexOf(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No feature named " + name);
        }
        return index;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureVector that && names.equals(that.names) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("FeatureVector{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(names.get(i)).append('=').append(values[i]);
        }
        return text.append('}').toString();
    }
}
