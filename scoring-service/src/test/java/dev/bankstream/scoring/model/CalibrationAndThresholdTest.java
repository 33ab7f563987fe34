package dev.bankstream.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CalibrationAndThresholdTest {

    @Test
    void plattScalingRecoversTheTrueSlopeAndIntercept() {
        // Given scores whose real default probability is sigmoid(0.5 * s - 1)
        Random random = new Random(3);
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] defaulted = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = 4 * random.nextGaussian();
            defaulted[i] = random.nextDouble() < PlattCalibration.sigmoid(0.5 * scores[i] - 1);
        }

        // When Platt scaling is fitted
        PlattCalibration calibration = PlattCalibration.fit(scores, defaulted);

        // Then it finds them
        assertThat(calibration.slope()).isCloseTo(0.5, within(0.03));
        assertThat(calibration.intercept()).isCloseTo(-1.0, within(0.06));
        assertThat(calibration.probability(2.0)).isCloseTo(0.5, within(0.02));
    }

    @Test
    void plattScalingStaysFiniteOnPerfectlySeparatedScores() {
        // Given scores that separate the classes perfectly
        double[] scores = {-3, -2, -1, 1, 2, 3};
        boolean[] defaulted = {false, false, false, true, true, true};

        // When fitted
        PlattCalibration calibration = PlattCalibration.fit(scores, defaulted);

        // Then the smoothed targets keep the parameters finite and the probabilities short of 0 and 1
        assertThat(Double.isFinite(calibration.slope())).isTrue();
        assertThat(calibration.probability(3)).isLessThan(1.0).isGreaterThan(0.7);
    }

    @Test
    void thresholdMaximisesF1() {
        // Given four defaults among eight loans
        double[] probabilities = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        boolean[] defaulted = {true, true, false, true, false, false, true, false};

        // When the threshold is chosen: flagging the top 4 gives F1 = 2*3/(4+4) = 0.75, the best
        double threshold = DecisionThreshold.maximisingF1(probabilities, defaulted);

        // Then it sits at the fourth probability
        assertThat(threshold).isEqualTo(0.6);
    }

    @Test
    void tiedProbabilitiesAreFlaggedTogether() {
        // Given ties at 0.5 that mix a default with repaid loans
        double[] probabilities = {0.9, 0.5, 0.5, 0.5};
        boolean[] defaulted = {true, true, false, false};

        // When the threshold is chosen
        double threshold = DecisionThreshold.maximisingF1(probabilities, defaulted);

        // Then it cannot split the tie: F1 at 0.9 is 2/3, at 0.5 it is 2*2/(4+2) = 2/3; the stricter wins
        assertThat(threshold).isEqualTo(0.9);
    }

    @Test
    void stratifiedFoldsShareDefaultsEvenly() {
        // Given 23 defaults among 200 loans
        boolean[] defaulted = new boolean[200];
        for (int i = 0; i < 23; i++) {
            defaulted[i * 8] = true;
        }

        // When dealt into 5 folds
        int[] fold = StratifiedFolds.assign(defaulted, 5, new Random(1));

        // Then every fold holds 40 loans and 4 or 5 defaults
        for (int k = 0; k < 5; k++) {
            int size = 0;
            int defaults = 0;
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == k) {
                    size++;
                    defaults += defaulted[i] ? 1 : 0;
                }
            }
            assertThat(size).isEqualTo(40);
            assertThat(defaults).isBetween(4, 5);
        }
    }

    @Test
    void tooFewDefaultsForTheFoldsIsRefused() {
        boolean[] defaulted = {true, true, false, false, false, false};
        assertThatThrownBy(() -> StratifiedFolds.assign(defaulted, 3, new Random(1)))
                .hasMessageContaining("needs at least 3 defaults");
    }
}
