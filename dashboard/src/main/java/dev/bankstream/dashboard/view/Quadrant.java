package dev.bankstream.dashboard.view;

import java.util.List;
import java.util.Map;

/**
 * The risk x value quadrant from risk.scores.
 *
 * @param counts accounts per quadrant name
 * @param sample {@code [value score, risk score, account id]} of some accounts
 */
public record Quadrant(double highRiskFrom, double highValueFrom, Map<String, Long> counts, List<List<Number>> sample) {

    public static final String HIGH_VALUE_LOW_RISK = "valuable, low risk";
    public static final String HIGH_VALUE_HIGH_RISK = "valuable, risky";
    public static final String LOW_VALUE_LOW_RISK = "low value, low risk";
    public static final String LOW_VALUE_HIGH_RISK = "low value, risky";

    /** A score on a line counts as high, as in the segment-service. */
    public static String of(double risk, double value, double highRiskFrom, double highValueFrom) {
        boolean risky = risk >= highRiskFrom;
        boolean valuable = value >= highValueFrom;
        if (valuable) {
            return risky ? HIGH_VALUE_HIGH_RISK : HIGH_VALUE_LOW_RISK;
        }
        return risky ? LOW_VALUE_HIGH_RISK : LOW_VALUE_LOW_RISK;
    }
}
