package dev.bankstream.scoring.card;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bankstream.scoring.evaluation.Estimate;
import dev.bankstream.scoring.evaluation.EvaluationSummary;

/**
 * What a model is, what it was trained and tested on and how good it is on loans it never saw. Never a training-set
 * figure: cross-validation scores each fold with a model trained without it, the out-of-time test scores loans
 * granted after every training loan.
 *
 * @param outOfTime        null when the data could not support it; {@code outOfTimeSkipped} says why
 * @param calibrationSlope Platt scaling of the published model: P = sigmoid(slope x raw log-odds + intercept)
 * @param method           the documented choices (imbalance, calibration, threshold, intervals, explanations)
 * @param caveats          what a reader must keep in mind (small sample, generated data, ...)
 */
public record ModelCard(String name, String version, String algorithm, Instant createdAt, String trainedOn,
        DataDescription data, double threshold, double calibrationSlope, double calibrationIntercept,
        List<String> usedFeatures, EvaluationSummary crossValidation, EvaluationSummary outOfTime,
        String outOfTimeSkipped, List<FeatureImportance> topFeatures, List<String> method, List<String> caveats) {

    /** The figures for PublishedModel.metrics: cv.* and oot.* per metric with .lower/.upper, plus the threshold. */
    public static Map<String, Double> publishedMetrics(EvaluationSummary crossValidation, EvaluationSummary outOfTime,
            double threshold) {
        Map<String, Double> metrics = new TreeMap<>();
        put(metrics, "cv", crossValidation);
        if (outOfTime != null) {
            put(metrics, "oot", outOfTime);
        }
        metrics.put("threshold", threshold);
        metrics.put("cv.loans", (double) crossValidation.testLoans());
        metrics.put("cv.defaults", (double) crossValidation.testDefaults());
        return metrics;
    }

    private static void put(Map<String, Double> metrics, String prefix, EvaluationSummary summary) {
        for (Map.Entry<String, Estimate> entry : summary.metrics().entrySet()) {
            String key = prefix + "." + entry.getKey();
            metrics.put(key, entry.getValue().value());
            metrics.put(key + ".lower", entry.getValue().lower());
            metrics.put(key + ".upper", entry.getValue().upper());
        }
    }
}
