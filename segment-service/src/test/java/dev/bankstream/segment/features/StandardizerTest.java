package dev.bankstream.segment.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class StandardizerTest {

    private static final FeatureSet SET = new FeatureSet("test", List.of(
            new FeatureDefinition("linear", "", "", Scale.LINEAR, b -> 0),
            new FeatureDefinition("money", "", "", Scale.SIGNED_LOG, b -> 0),
            new FeatureDefinition("constant", "", "", Scale.LINEAR, b -> 0)));

    private static final double NAN = Double.NaN;

    @Test
    void zScoresAreFittedOnKnownValuesOnly() {
        // Given three rows, one with an unknown first value
        double[][] raw = {{1, 0, 5}, {3, 99, 5}, {NAN, 9, 5}};

        // When a standardizer is fitted and applied
        Standardizer standardizer = Standardizer.fit(SET, raw);

        // Then the mean and deviation come from 1 and 3 only, and the unknown value becomes the mean (z = 0)
        assertThat(standardizer.means()[0]).isEqualTo(2.0);
        assertThat(standardizer.deviations()[0]).isEqualTo(1.0);
        assertThat(standardizer.standardize(0, 1)).isEqualTo(-1.0);
        assertThat(standardizer.standardize(0, NAN)).isZero();
    }

    @Test
    void logScaledFeatureIsStandardizedInLogUnitsAndReturnsToRawUnits() {
        // Given amounts spanning two orders of magnitude
        double[][] raw = {{0, 100, 1}, {0, 10_000, 1}};

        // When
        Standardizer standardizer = Standardizer.fit(SET, raw);

        // Then they are symmetric around the log-mean and map back exactly
        assertThat(standardizer.standardize(1, 100)).isCloseTo(-1.0, within(1e-12));
        assertThat(standardizer.standardize(1, 10_000)).isCloseTo(1.0, within(1e-12));
        assertThat(standardizer.toOriginal(1, 1.0)).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void constantFeatureContributesNothing() {
        // Given a feature that never varies in training
        Standardizer standardizer = Standardizer.fit(SET, new double[][] {{1, 1, 5}, {2, 2, 5}});

        // When / Then: no division by zero, every account sits at its mean
        assertThat(standardizer.deviations()[2]).isEqualTo(1.0);
        assertThat(standardizer.standardize(2, 5)).isZero();
    }
}
