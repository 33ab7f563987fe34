package dev.bankstream.scoring.training;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.bankstream.scoring.card.DataDescription;
import dev.bankstream.scoring.card.DataOrigin;
import dev.bankstream.scoring.card.FeatureImportance;
import dev.bankstream.scoring.card.ModelCard;
import dev.bankstream.scoring.evaluation.CrossValidation;
import dev.bankstream.scoring.evaluation.EvaluationSummary;
import dev.bankstream.scoring.evaluation.OutOfTimeEvaluation;
import dev.bankstream.scoring.evaluation.OutOfTimeSplit;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.LoanDefaultTrainer;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.model.TrainingSettings;

/**
 * Everything {@code ./bankstream train} does with a training set: repeated cross-validation, an out-of-time test,
 * the final fit on all loans, the model card and the versioned package. The published model is the one fitted on all
 * loans; the card's figures describe the same procedure applied to data it did not see.
 */
public final class TrainingRun {

    /** Fewer loans or defaults than this earn a "small sample" caveat on the card. */
    static final int SMALL_SAMPLE_LOANS = 300;
    static final int SMALL_SAMPLE_DEFAULTS = 50;
    private static final int TOP_FEATURES = 10;

    private final TrainingSettings training;
    private final EvaluationSettings evaluation;
    private final Clock clock;

    public TrainingRun(TrainingSettings training, EvaluationSettings evaluation, Clock clock) {
        this.training = training;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    public TrainingResult run(List<LabelledLoan> loans, DataDescription data) {
        LoanDefaultTrainer trainer = new LoanDefaultTrainer(training);
        EvaluationSummary crossValidation = new CrossValidation(evaluation.repeats(), evaluation.folds(),
                evaluation.seed()).run(loans, trainer).summary();

        OutOfTimeSplit split = OutOfTimeSplit.atShare(loans, evaluation.outOfTimeTrainingShare());
        String outOfTimeSkipped = outOfTimeImpossible(split, loans);
        EvaluationSummary outOfTime = outOfTimeSkipped != null ? null
                : new OutOfTimeEvaluation(split, evaluation.bootstrapResamples(), evaluation.seed())
                        .run(loans, trainer).summary();

        LoanDefaultModel model = trainer.train(loans);
        Instant createdAt = clock.instant();
        ModelPackage modelPackage = ModelPackage.of(ModelPackage.LOAN_DEFAULT, model, createdAt, data.sentence(),
                ModelCard.publishedMetrics(crossValidation, outOfTime, model.threshold()));
        ModelCard card = new ModelCard(ModelPackage.LOAN_DEFAULT, modelPackage.version(),
                training.algorithm().externalName, createdAt, data.sentence(), data, model.threshold(),
                model.calibration().slope(), model.calibration().intercept(), model.usedFeatures(), crossValidation,
                outOfTime, outOfTimeSkipped,
                FeatureImportance.rank(model, loans.stream().map(LabelledLoan::features).toList(), TOP_FEATURES),
                method(), caveats(data));
        return new TrainingResult(model, modelPackage, card);
    }

    /** Null when the split can train and test a model, else why not. */
    private String outOfTimeImpossible(OutOfTimeSplit split, List<LabelledLoan> loans) {
        long trainingDefaults = split.training(loans).stream().filter(LabelledLoan::defaulted).count();
        long trainingRepaid = split.training(loans).size() - trainingDefaults;
        long testDefaults = split.testing(loans).stream().filter(LabelledLoan::defaulted).count();
        long testRepaid = split.testing(loans).size() - testDefaults;
        int needed = training.calibrationFolds();
        if (trainingDefaults < needed || trainingRepaid < needed || testDefaults == 0 || testRepaid == 0) {
            return "the cut at " + split.cut() + " leaves " + trainingDefaults + " defaults and " + trainingRepaid
                    + " repaid loans to train on (at least " + needed + " of each needed) and " + testDefaults
                    + " defaults and " + testRepaid + " repaid loans to test (at least 1 of each needed)";
        }
        return null;
    }

    private List<String> method() {
        List<String> method = new ArrayList<>();
        method.add(training.algorithm() == Algorithm.LOGISTIC_REGRESSION
                ? String.format(Locale.ROOT, "Logistic regression: Tribuo linear SGD with log loss, AdaGrad (learning"
                        + " rate %s), %d epochs; every feature standardised to mean 0 and standard deviation 1 on the"
                        + " training loans.", training.learningRate(), training.epochs())
                : String.format(Locale.ROOT, "Gradient-boosted trees: Tribuo XGBoost, %d trees of depth %d, shrinkage"
                        + " %s, %s of rows and features per tree.", training.trees(), training.maxDepth(),
                        training.eta(), training.subsample()));
        method.add("Class imbalance: every default weighs n(repaid)/n(default) while the model is fitted, so both"
                + " classes carry the same total weight.");
        method.add("Calibration: Platt scaling fitted on out-of-fold raw scores from " + training.calibrationFolds()
                + " stratified inner folds of the training loans.");
        method.add("Threshold: the one maximising F1 on the calibrated out-of-fold probabilities of the training loans;"
                + " test loans never influence it.");
        method.add("Cross-validation: " + evaluation.repeats() + " x " + evaluation.folds() + " stratified folds;"
                + " intervals by the corrected resampled t (Nadeau-Bengio), which allows for overlapping training"
                + " sets.");
        method.add("Out of time: the earliest " + Math.round(100 * evaluation.outOfTimeTrainingShare())
                + " % of loans by grant date train, the rest test; intervals by a stratified bootstrap of the test"
                + " loans (" + evaluation.bootstrapResamples() + " resamples).");
        method.add(training.algorithm() == Algorithm.LOGISTIC_REGRESSION
                ? "Reason codes: contribution = weight x standardised value (0 at the training mean)."
                : "Reason codes: TreeSHAP contributions from XGBoost's predictContrib, log-odds of default minus"
                        + " log-odds of repayment.");
        method.add("Features that were constant among the training loans are left out; missing optional facts use"
                + " the documented fallbacks with indicator features; snapshots without recent history are"
                + " excluded and counted.");
        return method;
    }

    private static List<String> caveats(DataDescription data) {
        List<String> caveats = new ArrayList<>();
        caveats.add("Every figure is measured on loans the evaluated model never saw; no training-set figure is"
                + " reported.");
        if (data.loans() < SMALL_SAMPLE_LOANS || data.defaults() < SMALL_SAMPLE_DEFAULTS) {
            caveats.add("Small sample: " + data.loans() + " loans with " + data.defaults() + " defaults. The"
                    + " intervals are wide and the figures indicative only.");
        }
        if (data.origin() == DataOrigin.GENERATED) {
            caveats.add("Trained and tested on generated data: the figures show that the pipeline works, not how"
                    + " the model would do on real customers.");
        }
        if (data.origin() == DataOrigin.REAL_BERKA) {
            caveats.add("Berka outcomes are as of the data set's end: running loans (status C) may still go bad,"
                    + " so some repaid labels are provisional.");
        }
        return caveats;
    }
}
