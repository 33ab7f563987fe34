package dev.bankstream.scoring.model;

/**
 * How a loan-default model is fitted.
 *
 * @param algorithm        logistic regression or gradient-boosted trees
 * @param seed             makes folds, shuffles and trees repeatable
 * @param calibrationFolds inner folds whose out-of-fold scores fit the calibration and the threshold
 * @param epochs           logistic regression: passes over the data (few passes also keep the weights small)
 * @param learningRate     logistic regression: AdaGrad's initial learning rate
 * @param trees            boosted trees: number of trees
 * @param maxDepth         boosted trees: depth of each tree
 * @param eta              boosted trees: shrinkage per tree
 * @param subsample        boosted trees: share of rows (and of features) each tree sees
 */
public record TrainingSettings(Algorithm algorithm, long seed, int calibrationFolds, int epochs, double learningRate,
        int trees, int maxDepth, double eta, double subsample) {

    public TrainingSettings {
        if (calibrationFolds < 2) {
            throw new IllegalArgumentException("calibrationFolds must be at least 2, was " + calibrationFolds);
        }
    }

    /** The settings used for the published models; tests may shrink them. */
    public static TrainingSettings defaults(Algorithm algorithm) {
        return new TrainingSettings(algorithm, 42L, 3, 10, 0.05, 100, 3, 0.1, 0.8);
    }
}
