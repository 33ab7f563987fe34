package dev.bankstream.scoring.evaluation;

/** Counts of loans by predicted and actual outcome at a threshold; "positive" means default. */
public record ConfusionMatrix(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    /** Loans with probability at or above the threshold are predicted defaults. */
    public static ConfusionMatrix at(boolean[] defaulted, double[] probabilities, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < defaulted.length; i++) {
            boolean flagged = probabilities[i] >= threshold;
            if (flagged) {
                if (defaulted[i]) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (defaulted[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(tp, fp, tn, fn);
    }

    public int total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    /** Share of flagged loans that defaulted; 0 when nothing was flagged. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of defaults that were flagged. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
