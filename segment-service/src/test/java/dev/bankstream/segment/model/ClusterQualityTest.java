package dev.bankstream.segment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterQualityTest {

    /** Two clusters on a line: {0, 1} and {4, 5}. */
    private static final double[][] ROWS = {{0}, {1}, {4}, {5}};
    private static final int[] LABELS = {0, 0, 1, 1};

    @Test
    void silhouetteMatchesTheHandComputedValue() {
        // Given: for 0, a = 1 and b = (4 + 5) / 2 = 4.5, so s = 7/9; for 1, a = 1 and b = 3.5, so s = 5/7;
        // by symmetry 4 and 5 score the same, and the mean is (7/9 + 5/7) / 2 = 47/63

        // When
        double silhouette = ClusterQuality.silhouette(ROWS, LABELS, 2);

        // Then
        assertThat(silhouette).isCloseTo(47.0 / 63.0, within(1e-12));
    }

    @Test
    void daviesBouldinMatchesTheHandComputedValue() {
        // Given: centroids 0.5 and 4.5, both scatters 0.5, separation 4, so every ratio is (0.5 + 0.5) / 4

        // When
        double daviesBouldin = ClusterQuality.daviesBouldin(ROWS, LABELS, 2);

        // Then
        assertThat(daviesBouldin).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void worseClusteringScoresWorseOnBoth() {
        // Given the same points split badly: {0, 4} and {1, 5}
        int[] bad = {0, 1, 0, 1};

        // When / Then: silhouette falls below zero and Davies-Bouldin rises above one
        assertThat(ClusterQuality.silhouette(ROWS, bad, 2)).isLessThan(0);
        assertThat(ClusterQuality.daviesBouldin(ROWS, bad, 2)).isGreaterThan(1);
    }

    @Test
    void singletonContributesZero() {
        // Given {0} and {1, 4, 5}: 0 scores 0; 1 has a = 3.5, b = 1, s = -5/7; 4 has a = 2, b = 4, s = 1/2;
        // 5 has a = 2.5, b = 5, s = 1/2; the mean is (0 - 5/7 + 1/2 + 1/2) / 4 = 1/14
        int[] labels = {0, 1, 1, 1};

        // When / Then
        assertThat(ClusterQuality.silhouette(ROWS, labels, 2)).isCloseTo(1.0 / 14.0, within(1e-12));
    }

    @Test
    void sampledSilhouetteIsExactWhenTheSampleCoversEveryRow() {
        // Given / When / Then
        assertThat(ClusterQuality.silhouette(ROWS, LABELS, 2, 4, 1L))
                .isEqualTo(ClusterQuality.silhouette(ROWS, LABELS, 2));
    }
}
