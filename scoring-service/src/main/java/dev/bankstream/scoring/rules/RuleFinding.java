package dev.bankstream.scoring.rules;

import java.util.List;
import java.util.Optional;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskLevel;

/**
 * What one rule measured on one account.
 *
 * @param rule      the rule
 * @param score     the measured value, NaN when the rule does not apply (its conditions do not hold or a fact is
 *                  unknown): the flag decider then re-arms
 * @param behaviour what it was measured on
 */
public record RuleFinding(BehaviourRule rule, double score, AccountBehaviour behaviour) {

    /**
     * Why, for the flag: empty when the rule does not apply. Written on demand: most findings raise no flag, and the
     * sentence costs more than the measure.
     */
    public List<Reason> reasons() {
        return applies() ? List.of(rule.reason(behaviour, score)) : List.of();
    }

    public boolean applies() {
        return !Double.isNaN(score);
    }

    /** The severity the score reaches on the rule's scale; empty when it reaches none or the rule does not apply. */
    public Optional<RiskLevel> level() {
        return applies() ? rule.policy().levels().levelOf(score) : Optional.empty();
    }
}
