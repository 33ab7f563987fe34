package dev.bankstream.scoring.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.LoanDefaultTrainer;

/**
 * Trains on the loans before the cut (calibration and threshold included) and scores the loans after it once;
 * intervals come from a stratified bootstrap of the test loans.
 */
public final class OutOfTimeEvaluation {

    private final OutOfTimeSplit split;
    private final int resamples;
    private final long seed;

    public OutOfTimeEvaluation(OutOfTimeSplit split, int resamples, long seed) {
        this.split = split;
        this.resamples = resamples;
        this.seed = seed;
    }

    public Report run(List<LabelledLoan> loans, LoanDefaultTrainer trainer) {
        List<LabelledLoan> training = split.training(loans);
        List<LabelledLoan> testing = split.testing(loans);
        if (training.isEmpty() || testing.isEmpty()) {
            throw new IllegalArgumentException("The cut " + split.cut() + " leaves " + training.size()
                    + " loans to train on and " + testing.size() + " to test");
        }
        LoanDefaultModel model = trainer.train(training, seed);
        double[] probabilities = model.probabilities(testing.stream().map(LabelledLoan::features).toList());
        boolean[] defaulted = new boolean[testing.size()];
        for (int i = 0; i < defaulted.length; i++) {
            defaulted[i] = testing.get(i).defaulted();
        }
        return new Report(split, training, testing, model.threshold(), defaulted, probabilities,
                Intervals.bootstrap(defaulted, probabilities, model.threshold(), resamples, seed));
    }

    /** What the out-of-time test found. */
    public static final class Report {
        private final OutOfTimeSplit split;
        private final List<LabelledLoan> training;
        private final List<LabelledLoan> testing;
        private final double threshold;
        private final boolean[] defaulted;
        private final double[] probabilities;
        private final Map<Metric, Estimate> estimates;

        Report(OutOfTimeSplit split, List<LabelledLoan> training, List<LabelledLoan> testing, double threshold,
                boolean[] defaulted, double[] probabilities, Map<Metric, Estimate> estimates) {
            this.split = split;
            this.training = List.copyOf(training);
            this.testing = List.copyOf(testing);
            this.threshold = threshold;
            this.defaulted = defaulted.clone();
            this.probabilities = probabilities.clone();
            this.estimates = Map.copyOf(estimates);
        }

        /** The loans the model was trained on, all granted before the cut. */
        public List<LabelledLoan> training() {
            return training;
        }

        public List<LabelledLoan> testing() {
            return testing;
        }

        public double threshold() {
            return threshold;
        }

        public Estimate estimate(Metric metric) {
            return estimates.get(metric);
        }

        public ConfusionMatrix confusion() {
            return ConfusionMatrix.at(defaulted, probabilities, threshold);
        }

        public Calibration calibration() {
            return Calibration.of(defaulted, probabilities, 5);
        }

        public EvaluationSummary summary() {
            int trainingDefaults = (int) training.stream().filter(LabelledLoan::defaulted).count();
            int testDefaults = (int) testing.stream().filter(LabelledLoan::defaulted).count();
            Map<String, Estimate> metrics = new LinkedHashMap<>();
            for (Metric metric : Metric.values()) {
                metrics.put(metric.key, estimates.get(metric));
            }
            return new EvaluationSummary(
                    "Out of time: trained on " + training.size() + " loans (" + trainingDefaults + " defaults) granted "
                            + Grants.first(training) + " to " + Grants.last(training) + ", tested on the "
                            + testing.size() + " loans granted from " + split.cut() + " on",
                    testing.size(), testDefaults, Grants.first(testing), Grants.last(testing), metrics, threshold,
                    confusion(), "every test loan once, at the threshold chosen on the training loans",
                    Curve.roc(defaulted, probabilities), Curve.precisionRecall(defaulted, probabilities),
                    calibration());
        }
    }
}
