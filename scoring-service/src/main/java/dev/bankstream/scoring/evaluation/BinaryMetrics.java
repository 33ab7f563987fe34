package dev.bankstream.scoring.evaluation;

import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * Quality of default probabilities against outcomes. ROC-AUC and PR-AUC (average precision) are Tribuo's and depend
 * only on the ranking; the confusion matrix and the figures read off it depend on the threshold; the Brier score
 * (mean squared error of the probability) checks calibration as well.
 */
public record BinaryMetrics(double rocAuc, double prAuc, double brier, ConfusionMatrix confusion) {

    public static BinaryMetrics of(boolean[] defaulted, double[] probabilities, double threshold) {
        double squaredError = 0;
        for (int i = 0; i < defaulted.length; i++) {
            double error = probabilities[i] - (defaulted[i] ? 1 : 0);
            squaredError += error * error;
        }
        return new BinaryMetrics(LabelEvaluationUtil.binaryAUCROC(defaulted, probabilities),
                LabelEvaluationUtil.averagedPrecision(defaulted, probabilities), squaredError / defaulted.length,
                ConfusionMatrix.at(defaulted, probabilities, threshold));
    }

    public double get(Metric metric) {
        return metric.of(this);
    }
}
