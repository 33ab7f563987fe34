package dev.bankstream.segment.quadrant;

/**
 * Where the quadrant lines are drawn. A score equal to a threshold counts as high.
 *
 * @param highRiskFrom  probability of default (the scoring-service's loan-default score, 0..1) from which risk is
 *                      high
 * @param highValueFrom value score (the account's percentile among all accounts by value, 0..1) from which value
 *                      is high
 */
public record QuadrantThresholds(double highRiskFrom, double highValueFrom) {

    public QuadrantThresholds {
        if (!(highRiskFrom > 0 && highRiskFrom <= 1) || !(highValueFrom > 0 && highValueFrom <= 1)) {
            throw new IllegalArgumentException("Thresholds must lie in (0, 1]");
        }
    }

    /**
     * Risk: 0.25. In Berka 76 of 682 loans (11%) ended in default (status B or D), so 0.25 marks a borrower more
     * than twice as likely to default as the average one. Value: 0.5, the median account.
     */
    public static QuadrantThresholds defaults() {
        return new QuadrantThresholds(0.25, 0.5);
    }
}
