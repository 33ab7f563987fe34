package dev.bankstream.scoring.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final boolean[] ACTUAL = {true, true, true, false, false, false, false, false};
    private static final double[] SCORES = {0.9, 0.6, 0.2, 0.7, 0.3, 0.1, 0.1, 0.05};

    @Test
    void confusionMatrixAndTheFiguresReadOffIt() {
        // When the loans are called defaults at 0.5
        ConfusionMatrix confusion = ConfusionMatrix.at(ACTUAL, SCORES, 0.5);

        // Then two of three defaults are caught with one false alarm
        assertThat(confusion).isEqualTo(new ConfusionMatrix(2, 1, 4, 1));
        assertThat(confusion.accuracy()).isEqualTo(6 / 8.0);
        assertThat(confusion.precision()).isEqualTo(2 / 3.0);
        assertThat(confusion.recall()).isEqualTo(2 / 3.0);
        assertThat(confusion.f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(ConfusionMatrix.at(ACTUAL, SCORES, 0.95).precision()).isZero();
    }

    @Test
    void rankingMetricsMatchHandCounts() {
        // When metrics are computed
        BinaryMetrics metrics = BinaryMetrics.of(ACTUAL, SCORES, 0.5);

        // Then ROC-AUC is the share of (default, repaid) pairs ranked right: 5 + 4 + 3 = 12 of 15
        assertThat(metrics.rocAuc()).isCloseTo(12 / 15.0, within(1e-12));
        // and average precision is the mean precision at each default's rank: (1/1 + 2/3 + 3/5) / 3
        assertThat(metrics.prAuc()).isCloseTo((1 + 2 / 3.0 + 3 / 5.0) / 3, within(1e-12));
        assertThat(metrics.brier()).isCloseTo(
                (0.01 + 0.16 + 0.64 + 0.49 + 0.09 + 0.01 + 0.01 + 0.0025) / 8, within(1e-12));
    }

    @Test
    void studentQuantilesMatchTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706, within(1e-3));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.303, within(1e-3));
        assertThat(StudentT.quantile(0.975, 4)).isCloseTo(2.776, within(1e-3));
        assertThat(StudentT.quantile(0.975, 9)).isCloseTo(2.262, within(1e-3));
        assertThat(StudentT.quantile(0.975, 24)).isCloseTo(2.064, within(1e-3));
        assertThat(StudentT.normalQuantile(0.975)).isCloseTo(1.95996, within(1e-5));
    }

    @Test
    void foldIntervalIsWidenedForOverlappingTrainingSets() {
        // Given ten fold values of 5-fold cross-validation with mean 0.8 and sample sd 0.05
        double[] folds = {0.75, 0.85, 0.75, 0.85, 0.75, 0.85, 0.75, 0.85, 0.75, 0.85};
        double sd = Math.sqrt(10 * 0.0025 / 9);

        // When the interval is computed
        Estimate estimate = Intervals.acrossFolds(folds, 5);

        // Then its half-width uses (1/10 + 1/4) instead of 1/10
        double half = 2.262 * Math.sqrt(0.35) * sd;
        assertThat(estimate.value()).isCloseTo(0.8, within(1e-12));
        assertThat(estimate.lower()).isCloseTo(0.8 - half, within(1e-3));
        assertThat(estimate.upper()).isCloseTo(0.8 + half, within(1e-3));
    }

    @Test
    void bootstrapIntervalSurroundsThePointEstimate() {
        // When the bootstrap runs on a test set
        Map<Metric, Estimate> estimates = Intervals.bootstrap(ACTUAL, SCORES, 0.5, 300, 7);

        // Then each metric keeps its whole-set value inside a non-degenerate interval
        Estimate auc = estimates.get(Metric.ROC_AUC);
        assertThat(auc.value()).isCloseTo(12 / 15.0, within(1e-12));
        assertThat(auc.lower()).isLessThan(auc.value());
        assertThat(auc.upper()).isLessThanOrEqualTo(1.0);
        assertThat(estimates).containsOnlyKeys(Metric.values());
    }

    @Test
    void curvesRunFromCornerToCornerAndAreThinned() {
        // Given many scored loans
        int n = 2_000;
        boolean[] actual = new boolean[n];
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = i % 7 == 0;
            scores[i] = (i % 13) / 13.0 + (actual[i] ? 0.2 : 0) + i * 1e-6;
        }

        // When the curves are drawn
        Curve roc = Curve.roc(actual, scores);
        Curve pr = Curve.precisionRecall(actual, scores);

        // Then the ROC runs from (0,0) to (1,1) and neither has more points than a chart needs
        assertThat(roc.x().get(0)).isZero();
        assertThat(roc.x().get(roc.x().size() - 1)).isEqualTo(1.0);
        assertThat(roc.y().get(roc.y().size() - 1)).isEqualTo(1.0);
        assertThat(roc.x()).hasSizeLessThanOrEqualTo(Curve.MAX_POINTS + 1);
        assertThat(pr.x()).hasSameSizeAs(pr.y()).hasSizeLessThanOrEqualTo(Curve.MAX_POINTS + 1);
    }

    @Test
    void calibrationComparesPredictedAndObservedPerBand() {
        // When calibration is summarised in two bands
        Calibration calibration = Calibration.of(ACTUAL, SCORES, 2);

        // Then the low band holds the four lowest scores (one default) and the high band the rest (two)
        assertThat(calibration.observedRate()).isEqualTo(3 / 8.0);
        assertThat(calibration.bins()).extracting(Calibration.Bin::loans).containsExactly(4, 4);
        assertThat(calibration.bins().get(0).observedRate()).isEqualTo(0.25);
        assertThat(calibration.bins().get(1).observedRate()).isEqualTo(0.5);
        assertThat(calibration.bins().get(0).meanPredicted()).isCloseTo((0.2 + 0.1 + 0.1 + 0.05) / 4, within(1e-12));
    }
}
