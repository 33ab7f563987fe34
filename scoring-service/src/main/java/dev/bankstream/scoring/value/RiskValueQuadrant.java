package dev.bankstream.scoring.value;

import java.util.Optional;

import dev.bankstream.schemas.RiskLevel;

/**
 * The seeds' "profitable versus risky" split: value score at or above 0.5 is valuable, an active flag (model or
 * rule) at or above {@link ValueSettings#riskyFrom} is risky.
 */
public enum RiskValueQuadrant {
    VALUABLE_LOW_RISK("grow and retain"),
    VALUABLE_HIGH_RISK("valuable but at risk: review and support"),
    MARGINAL_LOW_RISK("develop: room for more business"),
    MARGINAL_HIGH_RISK("limit exposure");

    public final String action;

    RiskValueQuadrant(String action) {
        this.action = action;
    }

    /**
     * @param highestActiveLevel the highest level among the account's active flags, empty when none is active
     */
    public static RiskValueQuadrant of(ValueScore value, Optional<RiskLevel> highestActiveLevel,
            ValueSettings settings) {
        boolean valuable = value.score() >= 0.5;
        boolean risky = highestActiveLevel.filter(level -> level.compareTo(settings.riskyFrom()) >= 0).isPresent();
        if (valuable) {
            return risky ? VALUABLE_HIGH_RISK : VALUABLE_LOW_RISK;
        }
        return risky ? MARGINAL_HIGH_RISK : MARGINAL_LOW_RISK;
    }
}
