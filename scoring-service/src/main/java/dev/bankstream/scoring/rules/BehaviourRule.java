package dev.bankstream.scoring.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bankstream.scoring.features.BehaviourMeasures;
import dev.bankstream.scoring.features.Measure;
import dev.bankstream.scoring.features.Unit;
import dev.bankstream.scoring.flags.FlagDecider;
import dev.bankstream.scoring.flags.FlagPolicy;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.Reason;

/**
 * One behaviour rule: a measured value (higher = riskier), optional conditions, level thresholds and the sentence a
 * risk officer reads. The rule's name is the RiskFlag kind.
 *
 * @param kind        flag kind, e.g. NEGATIVE_BALANCE_DAYS
 * @param measure     the score
 * @param when        conditions under which the rule applies, or null
 * @param policy      levels and reset line for the flag decider
 * @param explanation sentence with {value} and {measure.name} placeholders
 */
public record BehaviourRule(String kind, Expression measure, Condition when, FlagPolicy policy, String explanation) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    public BehaviourRule {
        Matcher placeholders = PLACEHOLDER.matcher(explanation);
        while (placeholders.find()) {
            String name = placeholders.group(1);
            if (!name.equals("value") && BehaviourMeasures.find(name).isEmpty()) {
                throw new IllegalArgumentException("explanation of " + kind + " refers to unknown measure {" + name
                        + "}");
            }
        }
    }

    public FlagDecider decider() {
        return new FlagDecider(policy);
    }

    public RuleFinding evaluate(AccountBehaviour behaviour) {
        if (when != null && !when.holds(behaviour)) {
            return new RuleFinding(this, Double.NaN, behaviour);
        }
        Double value = measure.evaluate(behaviour);
        return new RuleFinding(this, value == null ? Double.NaN : value, behaviour);
    }

    Reason reason(AccountBehaviour behaviour, double value) {
        return new Reason(kind, measure.text(), value, 1.0, explain(behaviour, value));
    }

    private String explain(AccountBehaviour behaviour, double value) {
        Matcher placeholders = PLACEHOLDER.matcher(explanation);
        StringBuilder text = new StringBuilder();
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String replacement = name.equals("value") ? valueUnit().format(value)
                    : BehaviourMeasures.find(name).map(m -> {
                        Double read = m.read(behaviour);
                        return read == null ? "unknown" : m.unit().format(read);
                    }).orElseThrow();
            placeholders.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        placeholders.appendTail(text);
        return text.toString();
    }

    /** A bare measure keeps its unit; a computed value (a ratio of two amounts, say) is written as a number. */
    private Unit valueUnit() {
        return BehaviourMeasures.find(measure.text()).map(Measure::unit).orElse(Unit.COUNT);
    }
}
