package dev.bankstream.scoring.evaluation;

/**
 * One cross-validation fold: a model trained on the other folds, scored on this one.
 *
 * @param threshold the threshold that model chose on its own training loans
 */
public record FoldResult(int repeat, int fold, int trainLoans, int testLoans, int testDefaults, double threshold,
        BinaryMetrics metrics) {
}
