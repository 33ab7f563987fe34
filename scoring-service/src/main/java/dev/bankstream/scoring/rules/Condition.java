package dev.bankstream.scoring.rules;

import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;

/**
 * Comparisons joined by "and", e.g. {@code balance.min.30d < 0 and transactionCount > 10}. A comparison with an
 * unknown side is false: a rule never fires on facts the feature-service does not have.
 */
public record Condition(List<Comparison> comparisons) {

    public record Comparison(Expression left, String operator, Expression right) {

        boolean holds(AccountBehaviour behaviour) {
            Double l = left.evaluate(behaviour);
            Double r = right.evaluate(behaviour);
            if (l == null || r == null) {
                return false;
            }
            return switch (operator) {
                case ">=" -> l >= r;
                case ">" -> l > r;
                case "<=" -> l <= r;
                case "<" -> l < r;
                case "==" -> l.doubleValue() == r.doubleValue();
                case "!=" -> l.doubleValue() != r.doubleValue();
                default -> throw new IllegalStateException("Parser admitted operator " + operator);
            };
        }
    }

    public boolean holds(AccountBehaviour behaviour) {
        return comparisons.stream().allMatch(c -> c.holds(behaviour));
    }

    public String text() {
        return String.join(" and ",
                comparisons.stream().map(c -> c.left().text() + " " + c.operator() + " " + c.right().text()).toList());
    }
}
