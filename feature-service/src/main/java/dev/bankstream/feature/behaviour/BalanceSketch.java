package dev.bankstream.feature.behaviour;

import java.util.Arrays;

/**
 * The distribution of an account's end-of-day balances since opening, in bounded space: at most {@link #CAPACITY}
 * weighted centroids, sorted by balance. Exact while the account has had no more than that many distinct closing
 * balances; after that the two nearest neighbours merge into their weighted mean, so quantiles become estimates
 * whose error is bounded by the gap between neighbouring centroids.
 */
final class BalanceSketch {

    static final int CAPACITY = 64;

    private final double[] values = new double[CAPACITY + 1];
    private final long[] weights = new long[CAPACITY + 1];
    private int size;
    private long totalWeight;

    void copyFrom(BalanceSketch other) {
        System.arraycopy(other.values, 0, values, 0, other.size);
        System.arraycopy(other.weights, 0, weights, 0, other.size);
        size = other.size;
        totalWeight = other.totalWeight;
    }

    void add(double value, long weight) {
        totalWeight += weight;
        int at = Arrays.binarySearch(values, 0, size, value);
        if (at >= 0) {
            weights[at] += weight;
            return;
        }
        int insertion = -at - 1;
        System.arraycopy(values, insertion, values, insertion + 1, size - insertion);
        System.arraycopy(weights, insertion, weights, insertion + 1, size - insertion);
        values[insertion] = value;
        weights[insertion] = weight;
        size++;
        if (size > CAPACITY) {
            mergeClosestPair();
        }
    }

    /** Nearest rank over all days: the value of the centroid holding the ceil(n/4)-th smallest day. */
    double firstQuartile() {
        long rank = BalanceStatistics.firstQuartileRank(totalWeight);
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += weights[i];
            if (seen >= rank) {
                return values[i];
            }
        }
        return 0;
    }

    int size() {
        return size;
    }

    double value(int i) {
        return values[i];
    }

    long weight(int i) {
        return weights[i];
    }

    /** Restores one centroid as stored, in ascending order. */
    void restore(double value, long weight) {
        values[size] = value;
        weights[size] = weight;
        size++;
        totalWeight += weight;
    }

    private void mergeClosestPair() {
        int closest = 0;
        for (int i = 1; i < size - 1; i++) {
            if (values[i + 1] - values[i] < values[closest + 1] - values[closest]) {
                closest = i;
            }
        }
        long merged = weights[closest] + weights[closest + 1];
        values[closest] = (values[closest] * weights[closest] + values[closest + 1] * weights[closest + 1]) / merged;
        weights[closest] = merged;
        System.arraycopy(values, closest + 2, values, closest + 1, size - closest - 2);
        System.arraycopy(weights, closest + 2, weights, closest + 1, size - closest - 2);
        size--;
    }
}
