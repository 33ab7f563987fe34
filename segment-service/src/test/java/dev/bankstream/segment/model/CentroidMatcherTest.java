package dev.bankstream.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CentroidMatcherTest {

    private static final double[][] PREVIOUS = {{0, 0}, {5, 0}, {0, 5}};

    @Test
    void permutedAndSlightlyMovedCentroidsFindTheirPredecessors() {
        // Given the previous centroids in another order, each moved by 0.2
        double[][] current = {{0.2, 5}, {0, 0.2}, {5.2, 0}};

        // When / Then
        assertThat(CentroidMatcher.match(PREVIOUS, current, 1.0)).containsExactly(2, 0, 1);
    }

    @Test
    void centroidBeyondTheRadiusIsNew() {
        // Given one centroid moved by 3
        double[][] current = {{0, 0}, {5, 3}, {0, 5}};

        // When / Then
        assertThat(CentroidMatcher.match(PREVIOUS, current, 1.0)).containsExactly(0, -1, 2);
    }

    @Test
    void closestPairIsMatchedFirstWhenTwoCompeteForOnePredecessor() {
        // Given a split of the first cluster into two halves, one nearer than the other
        double[][] current = {{0.6, 0}, {-0.3, 0}, {5, 0}, {0, 5}};

        // When
        int[] matched = CentroidMatcher.match(PREVIOUS, current, 1.0);

        // Then the nearer half inherits the segment and the other becomes new
        assertThat(matched).containsExactly(-1, 0, 1, 2);
    }
}
