package dev.bankstream.scoring.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.LoanDefaultTrainer;
import dev.bankstream.scoring.model.StratifiedFolds;

/**
 * Repeated stratified k-fold cross-validation. Each repeat reshuffles the loans into k folds with the same default
 * share; each fold is scored by a model that never saw it: the whole training procedure (scaling, class weights,
 * calibration and the threshold) runs on the other k-1 folds only.
 */
public final class CrossValidation {

    private final int repeats;
    private final int folds;
    private final long seed;

    public CrossValidation(int repeats, int folds, long seed) {
        if (repeats < 1 || folds < 2) {
            throw new IllegalArgumentException("Need at least 1 repeat and 2 folds, got " + repeats + " x " + folds);
        }
        this.repeats = repeats;
        this.folds = folds;
        this.seed = seed;
    }

    public CrossValidationReport run(List<LabelledLoan> loans, LoanDefaultTrainer trainer) {
        boolean[] defaulted = new boolean[loans.size()];
        for (int i = 0; i < defaulted.length; i++) {
            defaulted[i] = loans.get(i).defaulted();
        }
        List<FoldResult> results = new ArrayList<>();
        List<double[]> outOfFold = new ArrayList<>();
        List<double[]> thresholds = new ArrayList<>();
        for (int repeat = 0; repeat < repeats; repeat++) {
            int[] fold = StratifiedFolds.assign(defaulted, folds, new Random(seed + repeat));
            double[] probabilities = new double[loans.size()];
            double[] thresholdOfRow = new double[loans.size()];
            for (int k = 0; k < folds; k++) {
                List<LabelledLoan> training = new ArrayList<>();
                List<Integer> testRows = new ArrayList<>();
                for (int i = 0; i < loans.size(); i++) {
                    if (fold[i] == k) {
                        testRows.add(i);
                    } else {
                        training.add(loans.get(i));
                    }
                }
                LoanDefaultModel model = trainer.train(training, seed + 1_000L * (repeat + 1) + k);
                double[] scored = model.probabilities(testRows.stream().map(i -> loans.get(i).features()).toList());
                boolean[] actual = new boolean[testRows.size()];
                for (int j = 0; j < scored.length; j++) {
                    int row = testRows.get(j);
                    probabilities[row] = scored[j];
                    thresholdOfRow[row] = model.threshold();
                    actual[j] = defaulted[row];
                }
                int testDefaults = 0;
                for (boolean d : actual) {
                    testDefaults += d ? 1 : 0;
                }
                results.add(new FoldResult(repeat, k, training.size(), testRows.size(), testDefaults,
                        model.threshold(), BinaryMetrics.of(actual, scored, model.threshold())));
            }
            outOfFold.add(probabilities);
            thresholds.add(thresholdOfRow);
        }
        return new CrossValidationReport(repeats, folds, loans, defaulted, results, outOfFold, thresholds);
    }
}
