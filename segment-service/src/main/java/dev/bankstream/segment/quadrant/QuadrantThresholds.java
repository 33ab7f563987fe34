package dev.bankstream.segment.quadrant;

/**
 * Where the quadrant lines are drawn (application.properties gives the defaults and why). A score equal to a
 * threshold counts as high.
 *
 * @param highRiskFrom  AccountScore.riskScore (0..1: the loan-default probability where the account has a loan and a
 *                      model, else the score of its raised behaviour rules) from which risk is high
 * @param highValueFrom AccountScore.valueScore (0..1, the scoring-service's margin / (margin + 150 CZK)) from which
 *                      value is high
 */
public record QuadrantThresholds(double highRiskFrom, double highValueFrom) {

    public QuadrantThresholds {
        if (!(highRiskFrom > 0 && highRiskFrom <= 1) || !(highValueFrom > 0 && highValueFrom <= 1)) {
            throw new IllegalArgumentException("Thresholds must lie in (0, 1]");
        }
    }
}
