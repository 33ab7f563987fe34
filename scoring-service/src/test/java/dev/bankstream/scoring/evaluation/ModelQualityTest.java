package dev.bankstream.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.bankstream.scoring.SyntheticLoans;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LabelledLoan;

/**
 * Model quality on synthetic loans whose defaults depend on known features, always measured on loans the model never
 * saw. Small repeats keep the tests quick; the published figures use more.
 */
class ModelQualityTest {

    private static final List<LabelledLoan> LOANS = TrainedModels.LOANS;
    private static final Map<Algorithm, CrossValidationReport> CROSS_VALIDATION = new EnumMap<>(Algorithm.class);

    private static synchronized CrossValidationReport crossValidation(Algorithm algorithm) {
        return CROSS_VALIDATION.computeIfAbsent(algorithm,
                a -> new CrossValidation(2, 5, 1).run(LOANS, TrainedModels.trainer(a)));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void crossValidatedAucIsHighWhenDefaultsDependOnTheFeatures(Algorithm algorithm) {
        // When the model is cross-validated on learnable loans
        CrossValidationReport report = crossValidation(algorithm);

        // Then every fold was scored by a model trained on the other four folds only
        assertThat(report.foldResults()).hasSize(10).allSatisfy(fold -> {
            assertThat(fold.trainLoans() + fold.testLoans()).isEqualTo(LOANS.size());
            assertThat(fold.testLoans()).isBetween(99, 101);
        });
        // and held-out ROC-AUC is clearly above 0.8, with an interval
        Estimate auc = report.estimate(Metric.ROC_AUC);
        assertThat(auc.value()).isGreaterThan(0.8);
        assertThat(auc.lower()).isGreaterThan(0.75).isLessThan(auc.value());
        assertThat(auc.upper()).isGreaterThan(auc.value());
        assertThat(report.estimate(Metric.PR_AUC).value()).isGreaterThan(0.45);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void heldOutProbabilitiesAreCalibrated(Algorithm algorithm) {
        // When the held-out probabilities of every repeat are pooled
        Calibration calibration = crossValidation(algorithm).calibration();

        // Then on average they predict the observed default rate
        assertThat(calibration.meanPredicted()).isCloseTo(calibration.observedRate(), within(0.03));
        // and riskier bands really default more often
        List<Calibration.Bin> bins = calibration.bins();
        assertThat(bins.get(bins.size() - 1).observedRate()).isGreaterThan(bins.get(0).observedRate() + 0.3);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void shuffledOutcomesLeaveNothingToLearn(Algorithm algorithm) {
        // Given the same loans with their outcomes shuffled among them
        List<LabelledLoan> shuffled = SyntheticLoans.withShuffledOutcomes(LOANS, 5);

        // When cross-validated
        Estimate auc = new CrossValidation(2, 5, 2).run(shuffled, TrainedModels.trainer(algorithm))
                .estimate(Metric.ROC_AUC);

        // Then ROC-AUC is chance: any leak of outcomes into features, scaling or thresholds would lift it
        assertThat(auc.contains(0.5)).as("interval %s contains 0.5", auc).isTrue();
        assertThat(auc.value()).isBetween(0.4, 0.6);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void outOfTimeTestTrainsOnlyOnEarlierLoans(Algorithm algorithm) {
        // Given a cut leaving about 70 % of the loans, by grant date, for training
        OutOfTimeSplit split = OutOfTimeSplit.atShare(LOANS, 0.7);

        // When the model is trained before the cut and tested after it
        OutOfTimeEvaluation.Report report = new OutOfTimeEvaluation(split, 200, 3)
                .run(LOANS, TrainedModels.trainer(algorithm));

        // Then it learned only from earlier loans and was judged only on later ones
        assertThat(report.training()).isNotEmpty()
                .allSatisfy(loan -> assertThat(loan.grantedOn()).isBefore(split.cut()));
        assertThat(report.testing()).isNotEmpty()
                .allSatisfy(loan -> assertThat(loan.grantedOn()).isAfterOrEqualTo(split.cut()));
        assertThat(report.training().size() + report.testing().size()).isEqualTo(LOANS.size());
        assertThat(report.training().size()).isBetween(340, 360);
        // and the future is scored well, with a bootstrap interval around the figure
        Estimate auc = report.estimate(Metric.ROC_AUC);
        assertThat(auc.value()).isGreaterThan(0.8);
        assertThat(auc.lower()).isLessThan(auc.value());
        assertThat(report.confusion().total()).isEqualTo(report.testing().size());
    }
}
