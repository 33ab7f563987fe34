package dev.bankstream.scoring.value;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import dev.bankstream.schemas.RiskLevel;

/**
 * An account's overall risk on 0..1, for {@code AccountScore.riskScore}:
 * <pre>
 * borrower with a model probability p:  riskScore = p
 * otherwise:                            riskScore = 1 - product over the raised rules of (1 - weight(level))
 *                                       weight: LOW 0.10, MEDIUM 0.25, HIGH 0.50, CRITICAL 0.75
 * </pre>
 * A calibrated probability is the better measure wherever the model can give one, so it wins. Without it, each raised
 * behaviour rule (its active level under the flag hysteresis) is read as independent evidence of trouble: one rule at
 * HIGH gives 0.5, two at HIGH give 0.75, and no number of rules reaches 1. The weights put one MEDIUM rule (the
 * {@link ValueSettings#riskyFrom} default) at 0.25 and are a stated judgement, not a probability.
 */
public final class AccountRisk {

    private static final Map<RiskLevel, Double> WEIGHTS = new EnumMap<>(Map.of(
            RiskLevel.LOW, 0.10, RiskLevel.MEDIUM, 0.25, RiskLevel.HIGH, 0.50, RiskLevel.CRITICAL, 0.75));

    private AccountRisk() {
    }

    /**
     * @param defaultProbability the model's probability, null when the account has no loan, no model is in service or
     *                           the snapshot could not be scored by it
     * @param raisedRuleLevels   the active level of each behaviour rule currently raised for the account
     */
    public static double riskScore(Double defaultProbability, Collection<RiskLevel> raisedRuleLevels) {
        if (defaultProbability != null) {
            return defaultProbability;
        }
        double clear = 1;
        for (RiskLevel level : raisedRuleLevels) {
            clear *= 1 - weight(level);
        }
        return 1 - clear;
    }

    public static double weight(RiskLevel level) {
        return WEIGHTS.get(level);
    }
}
