package dev.bankstream.scoring.training;

/**
 * How a model is evaluated before it is published.
 *
 * @param repeats                 cross-validation repeats (reshuffles)
 * @param folds                   cross-validation folds
 * @param outOfTimeTrainingShare  share of loans, by grant date, that train the out-of-time model
 * @param bootstrapResamples      resamples for the out-of-time intervals
 * @param seed                    makes the folds and resamples repeatable
 */
public record EvaluationSettings(int repeats, int folds, double outOfTimeTrainingShare, int bootstrapResamples,
        long seed) {

    /** 5 x 5-fold cross-validation, 70/30 out-of-time split, 1,000 bootstrap resamples. */
    public static EvaluationSettings defaults() {
        return new EvaluationSettings(5, 5, 0.7, 1_000, 7L);
    }
}
