package dev.bankstream.segment.quadrant;

/**
 * The risk × value quadrant of an account (AccountSegments.riskValueQuadrant carries its name), with what the
 * bank should do about it.
 */
public enum RiskValueQuadrant {
    HIGH_VALUE_LOW_RISK("Retain and reward"),
    HIGH_VALUE_HIGH_RISK("Protect: monitor closely and restructure early"),
    LOW_VALUE_LOW_RISK("Develop: offer products that grow the relationship"),
    LOW_VALUE_HIGH_RISK("Limit exposure");

    private final String action;

    RiskValueQuadrant(String action) {
        this.action = action;
    }

    public String action() {
        return action;
    }

    /**
     * @param risk  probability of default, 0..1
     * @param value value percentile, 0..1
     */
    public static RiskValueQuadrant of(double risk, double value, QuadrantThresholds thresholds) {
        if (!(risk >= 0 && risk <= 1) || !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("Risk and value scores must lie in 0..1, got " + risk + ", " + value);
        }
        boolean highRisk = risk >= thresholds.highRiskFrom();
        boolean highValue = value >= thresholds.highValueFrom();
        if (highValue) {
            return highRisk ? HIGH_VALUE_HIGH_RISK : HIGH_VALUE_LOW_RISK;
        }
        return highRisk ? LOW_VALUE_HIGH_RISK : LOW_VALUE_LOW_RISK;
    }
}
