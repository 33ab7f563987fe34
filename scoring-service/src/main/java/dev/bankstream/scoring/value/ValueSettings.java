package dev.bankstream.scoring.value;

import dev.bankstream.schemas.RiskLevel;

/**
 * Assumptions of the value score. The data holds balances, fees and loan terms but not the bank's rates or costs,
 * so those are stated here and printed wherever the score is explained.
 *
 * @param depositMarginPerYear what the bank earns per year on each crown a customer keeps (default 2 %)
 * @param costPerTransaction   cost of handling one transaction, CZK (default 2)
 * @param halfValueMargin      monthly margin at which the value score is 0.5, CZK (default 150): the line between
 *                             valuable and marginal customers
 * @param riskyFrom            lowest active flag level that puts an account on the risky side (default MEDIUM)
 */
public record ValueSettings(double depositMarginPerYear, double costPerTransaction, double halfValueMargin,
        RiskLevel riskyFrom) {

    public static ValueSettings defaults() {
        return new ValueSettings(0.02, 2.0, 150.0, RiskLevel.MEDIUM);
    }
}
