package dev.bankstream.segment.quadrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RiskValueQuadrantTest {

    private static final QuadrantThresholds DEFAULTS = new QuadrantThresholds(0.25, 0.5);

    @Test
    void eachCornerFallsInItsQuadrant() {
        // Given / When / Then
        assertThat(RiskValueQuadrant.of(0.05, 0.9, DEFAULTS)).isEqualTo(RiskValueQuadrant.HIGH_VALUE_LOW_RISK);
        assertThat(RiskValueQuadrant.of(0.60, 0.9, DEFAULTS)).isEqualTo(RiskValueQuadrant.HIGH_VALUE_HIGH_RISK);
        assertThat(RiskValueQuadrant.of(0.05, 0.1, DEFAULTS)).isEqualTo(RiskValueQuadrant.LOW_VALUE_LOW_RISK);
        assertThat(RiskValueQuadrant.of(0.60, 0.1, DEFAULTS)).isEqualTo(RiskValueQuadrant.LOW_VALUE_HIGH_RISK);
        assertThat(RiskValueQuadrant.LOW_VALUE_HIGH_RISK.action()).isEqualTo("Limit exposure");
    }

    @Test
    void scoreOnAThresholdCountsAsHigh() {
        // Given scores exactly on both default thresholds; When / Then
        assertThat(RiskValueQuadrant.of(0.25, 0.5, DEFAULTS)).isEqualTo(RiskValueQuadrant.HIGH_VALUE_HIGH_RISK);
        assertThat(RiskValueQuadrant.of(0.2499, 0.4999, DEFAULTS)).isEqualTo(RiskValueQuadrant.LOW_VALUE_LOW_RISK);
    }

    @Test
    void thresholdsAreConfigurable() {
        // Given a stricter risk line at 0.1; When / Then
        assertThat(RiskValueQuadrant.of(0.15, 0.9, new QuadrantThresholds(0.1, 0.5)))
                .isEqualTo(RiskValueQuadrant.HIGH_VALUE_HIGH_RISK);
    }

    @Test
    void scoresOutsideZeroToOneAreRefused() {
        // Given / When / Then
        assertThatThrownBy(() -> RiskValueQuadrant.of(1.5, 0.5, DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskValueQuadrant.of(0.1, Double.NaN, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
