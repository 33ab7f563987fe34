package dev.bankstream.scoring.evaluation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.bankstream.scoring.model.LabelledLoan;

/** The outcome of {@link CrossValidation}: per-fold results, intervals and the pooled held-out predictions. */
public final class CrossValidationReport {

    private final int repeats;
    private final int folds;
    private final List<LabelledLoan> loans;
    private final boolean[] defaulted;
    private final List<FoldResult> foldResults;
    private final List<double[]> outOfFold;
    private final List<double[]> thresholds;

    CrossValidationReport(int repeats, int folds, List<LabelledLoan> loans, boolean[] defaulted,
            List<FoldResult> foldResults, List<double[]> outOfFold, List<double[]> thresholds) {
        this.repeats = repeats;
        this.folds = folds;
        this.loans = List.copyOf(loans);
        this.defaulted = defaulted.clone();
        this.foldResults = List.copyOf(foldResults);
        this.outOfFold = List.copyOf(outOfFold);
        this.thresholds = List.copyOf(thresholds);
    }

    public List<FoldResult> foldResults() {
        return foldResults;
    }

    /** Mean over all folds with the corrected resampled t interval. */
    public Estimate estimate(Metric metric) {
        double[] values = foldResults.stream().mapToDouble(f -> f.metrics().get(metric)).toArray();
        return Intervals.acrossFolds(values, folds);
    }

    public Map<Metric, Estimate> estimates() {
        Map<Metric, Estimate> estimates = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            estimates.put(metric, estimate(metric));
        }
        return estimates;
    }

    /** The first repeat, each loan once, each at the threshold its fold's model chose. */
    public ConfusionMatrix confusion() {
        double[] probabilities = outOfFold.get(0);
        double[] threshold = thresholds.get(0);
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < defaulted.length; i++) {
            boolean flagged = probabilities[i] >= threshold[i];
            if (flagged && defaulted[i]) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (defaulted[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    /** Calibration of all held-out predictions of all repeats. */
    public Calibration calibration() {
        return Calibration.of(pooledLabels(), pooledProbabilities(), 5);
    }

    public EvaluationSummary summary() {
        int defaults = 0;
        for (boolean d : defaulted) {
            defaults += d ? 1 : 0;
        }
        double meanThreshold = foldResults.stream().mapToDouble(FoldResult::threshold).average().orElse(Double.NaN);
        Map<String, Estimate> metrics = new LinkedHashMap<>();
        estimates().forEach((metric, estimate) -> metrics.put(metric.key, estimate));
        boolean[] labels = pooledLabels();
        double[] probabilities = pooledProbabilities();
        return new EvaluationSummary(
                "Cross-validation, " + repeats + " x " + folds + " stratified folds: every model trained on "
                        + (folds - 1) + " folds (calibration and threshold included) and scored on the fold it never saw",
                loans.size(), defaults, Grants.first(loans), Grants.last(loans), metrics,
                meanThreshold, confusion(),
                "first repeat, every loan once, each at the threshold its fold's model chose on its training folds"
                        + " (mean " + String.format(Locale.ROOT, "%.3f", meanThreshold) + ")",
                Curve.roc(labels, probabilities), Curve.precisionRecall(labels, probabilities),
                Calibration.of(labels, probabilities, 5));
    }

    private boolean[] pooledLabels() {
        boolean[] labels = new boolean[defaulted.length * repeats];
        for (int r = 0; r < repeats; r++) {
            System.arraycopy(defaulted, 0, labels, r * defaulted.length, defaulted.length);
        }
        return labels;
    }

    private double[] pooledProbabilities() {
        double[] pooled = new double[defaulted.length * repeats];
        for (int r = 0; r < repeats; r++) {
            System.arraycopy(outOfFold.get(r), 0, pooled, r * defaulted.length, defaulted.length);
        }
        return pooled;
    }
}
