package dev.bankstream.scoring.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.tribuo.classification.evaluation.LabelEvaluationUtil;

/**
 * A ROC or precision-recall curve as points, for the model card's charts.
 *
 * @param xLabel axis name
 * @param yLabel axis name
 * @param x      x values, in curve order
 * @param y      y values
 */
public record Curve(String xLabel, String yLabel, List<Double> x, List<Double> y) {

    /** More points than this are thinned (evenly, keeping both ends): a chart needs no more. */
    static final int MAX_POINTS = 400;

    public static Curve roc(boolean[] defaulted, double[] probabilities) {
        LabelEvaluationUtil.ROC roc = LabelEvaluationUtil.generateROCCurve(defaulted, probabilities);
        return thinned("False positive rate", "True positive rate (recall)", roc.fpr, roc.tpr);
    }

    public static Curve precisionRecall(boolean[] defaulted, double[] probabilities) {
        LabelEvaluationUtil.PRCurve pr = LabelEvaluationUtil.generatePRCurve(defaulted, probabilities);
        return thinned("Recall", "Precision", pr.recall, pr.precision);
    }

    private static Curve thinned(String xLabel, String yLabel, double[] x, double[] y) {
        int step = Math.max(1, (int) Math.ceil(x.length / (double) MAX_POINTS));
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.length; i += step) {
            xs.add(x[i]);
            ys.add(y[i]);
        }
        if ((x.length - 1) % step != 0) {
            xs.add(x[x.length - 1]);
            ys.add(y[y.length - 1]);
        }
        return new Curve(xLabel, yLabel, List.copyOf(xs), List.copyOf(ys));
    }
}
