package dev.bankstream.scoring.evaluation;

import java.util.function.ToDoubleFunction;

/** The quality figures reported for a model; the key is the name used in JSON and PublishedModel.metrics. */
public enum Metric {
    ACCURACY("accuracy", "Accuracy", m -> m.confusion().accuracy()),
    PRECISION("precision", "Precision", m -> m.confusion().precision()),
    RECALL("recall", "Recall", m -> m.confusion().recall()),
    F1("f1", "F1", m -> m.confusion().f1()),
    ROC_AUC("rocAuc", "ROC-AUC", BinaryMetrics::rocAuc),
    PR_AUC("prAuc", "PR-AUC (average precision)", BinaryMetrics::prAuc),
    BRIER("brier", "Brier score (lower is better)", BinaryMetrics::brier);

    public final String key;
    public final String label;
    private final ToDoubleFunction<BinaryMetrics> reader;

    Metric(String key, String label, ToDoubleFunction<BinaryMetrics> reader) {
        this.key = key;
        this.label = label;
        this.reader = reader;
    }

    public double of(BinaryMetrics metrics) {
        return reader.applyAsDouble(metrics);
    }
}
