package dev.bankstream.scoring.evaluation;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an evaluation found, as the model card shows it.
 *
 * @param method         how the loans were split, in words
 * @param testLoans      loans scored as unseen (each counted once)
 * @param testDefaults   defaults among them
 * @param firstGrant     earliest grant among them
 * @param lastGrant      latest grant among them
 * @param metrics        by {@link Metric#key}, with 95 % intervals
 * @param threshold      threshold the confusion matrix applies (fold-specific thresholds say so in the note)
 * @param confusion      predicted vs actual
 * @param confusionNote  which predictions the matrix counts
 * @param roc            ROC curve of the held-out predictions
 * @param precisionRecall precision-recall curve of the held-out predictions
 * @param calibration    mean predicted vs observed, overall and per risk band
 */
public record EvaluationSummary(String method, int testLoans, int testDefaults, LocalDate firstGrant,
        LocalDate lastGrant, Map<String, Estimate> metrics, double threshold, ConfusionMatrix confusion,
        String confusionNote, Curve roc, Curve precisionRecall, Calibration calibration) {

    public Estimate metric(Metric metric) {
        return metrics.get(metric.key);
    }
}
