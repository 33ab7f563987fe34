package dev.bankstream.scoring.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The two ways Bankstream puts a 95 % interval around a metric. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Across the folds of repeated k-fold cross-validation: mean +- t(0.975, J-1) x sqrt((1/J + 1/(k-1)) x s^2) over
     * the J = repeats x k fold values. The 1/(k-1) term (Nadeau and Bengio's corrected resampled t) accounts for
     * folds sharing most of their training loans; the naive s^2/J would give intervals that are far too narrow.
     * Clipped to [0, 1], the range of every metric reported.
     */
    public static Estimate acrossFolds(double[] foldValues, int folds) {
        int count = foldValues.length;
        double mean = Arrays.stream(foldValues).average().orElse(Double.NaN);
        if (count < 2) {
            return new Estimate(mean, mean, mean, "single fold: no interval");
        }
        double variance = Arrays.stream(foldValues).map(v -> (v - mean) * (v - mean)).sum() / (count - 1);
        double half = StudentT.quantile(0.975, count - 1) * Math.sqrt((1.0 / count + 1.0 / (folds - 1)) * variance);
        return new Estimate(mean, Math.max(0, mean - half), Math.min(1, mean + half),
                "corrected resampled t over " + count + " folds (Nadeau-Bengio)");
    }

    /**
     * On one test set: the metric on the whole set, and the 2.5th and 97.5th percentiles of the metric over
     * {@code resamples} stratified bootstrap resamples (defaults and repaid loans resampled separately, so every
     * resample has both), at the fixed threshold chosen on the training loans.
     */
    public static Map<Metric, Estimate> bootstrap(boolean[] defaulted, double[] probabilities, double threshold,
            int resamples, long seed) {
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < defaulted.length; i++) {
            (defaulted[i] ? positives : negatives).add(i);
        }
        BinaryMetrics whole = BinaryMetrics.of(defaulted, probabilities, threshold);
        Map<Metric, double[]> samples = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            samples.put(metric, new double[resamples]);
        }
        Random random = new Random(seed);
        boolean[] sampleLabels = new boolean[defaulted.length];
        double[] sampleProbabilities = new double[defaulted.length];
        for (int b = 0; b < resamples; b++) {
            int next = 0;
            for (List<Integer> group : List.of(positives, negatives)) {
                for (int drawn = 0; drawn < group.size(); drawn++) {
                    int row = group.get(random.nextInt(group.size()));
                    sampleLabels[next] = defaulted[row];
                    sampleProbabilities[next] = probabilities[row];
                    next++;
                }
            }
            BinaryMetrics resampled = BinaryMetrics.of(sampleLabels, sampleProbabilities, threshold);
            for (Metric metric : Metric.values()) {
                samples.get(metric)[b] = resampled.get(metric);
            }
        }
        Map<Metric, Estimate> estimates = new EnumMap<>(Metric.class);
        String method = "stratified bootstrap, " + resamples + " resamples, 2.5-97.5 percentiles";
        for (Metric metric : Metric.values()) {
            double[] sorted = samples.get(metric);
            Arrays.sort(sorted);
            estimates.put(metric, new Estimate(whole.get(metric), percentile(sorted, 0.025), percentile(sorted, 0.975),
                    method));
        }
        return estimates;
    }

    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
