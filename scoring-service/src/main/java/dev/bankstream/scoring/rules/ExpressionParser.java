package dev.bankstream.scoring.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;

import dev.bankstream.scoring.features.BehaviourMeasures;
import dev.bankstream.scoring.features.Measure;
import dev.bankstream.schemas.AccountBehaviour;

/**
 * Reads rule expressions. Grammar:
 * <pre>
 * condition  := comparison ("and" comparison)*
 * comparison := expression (">=" | ">" | "<=" | "<" | "==" | "!=") expression
 * expression := term (("+" | "-") term)*
 * term       := factor (("*" | "/") factor)*
 * factor     := number | measure-name | "(" expression ")" | "-" factor
 * </pre>
 * Measure names are those of {@link BehaviourMeasures}; an unknown name is an error that names it, so a typo in a
 * rule file stops the rule book from loading instead of silently never firing.
 */
final class ExpressionParser {

    private final String source;
    private final List<String> tokens;
    private int position;

    private ExpressionParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    static Expression expression(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        Expression expression = parser.expression();
        parser.expectEnd();
        return expression;
    }

    static Condition condition(String text) {
        ExpressionParser parser = new ExpressionParser(text);
        List<Condition.Comparison> comparisons = new ArrayList<>();
        do {
            Expression left = parser.expression();
            String operator = parser.next();
            if (!List.of(">=", ">", "<=", "<", "==", "!=").contains(operator)) {
                throw parser.error("expected a comparison (>=, >, <=, <, ==, !=) but found '" + operator + "'");
            }
            comparisons.add(new Condition.Comparison(left, operator, parser.expression()));
        } while (parser.accept("and"));
        parser.expectEnd();
        return new Condition(List.copyOf(comparisons));
    }

    private Expression expression() {
        Expression left = term();
        while (peek("+") || peek("-")) {
            String operator = next();
            left = new Binary(left, operator, term(), operator.equals("+") ? Double::sum : (a, b) -> a - b);
        }
        return left;
    }

    private Expression term() {
        Expression left = factor();
        while (peek("*") || peek("/")) {
            String operator = next();
            left = new Binary(left, operator, factor(), operator.equals("*") ? (a, b) -> a * b : (a, b) -> a / b);
        }
        return left;
    }

    private Expression factor() {
        String token = next();
        if (token.equals("(")) {
            Expression inner = expression();
            if (!accept(")")) {
                throw error("missing ')'");
            }
            return new Parenthesised(inner);
        }
        if (token.equals("-")) {
            return new Negated(factor());
        }
        if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.') {
            try {
                return new Number(Double.parseDouble(token));
            } catch (NumberFormatException e) {
                throw error("'" + token + "' is not a number");
            }
        }
        if (Character.isLetter(token.charAt(0))) {
            Measure measure = BehaviourMeasures.find(token)
                    .orElseThrow(() -> error("unknown measure '" + token + "'"));
            return new MeasureReference(measure);
        }
        throw error("unexpected '" + token + "'");
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private boolean accept(String token) {
        if (peek(token)) {
            position++;
            return true;
        }
        return false;
    }

    private String next() {
        if (position >= tokens.size()) {
            throw error("unexpected end");
        }
        return tokens.get(position++);
    }

    private void expectEnd() {
        if (position < tokens.size()) {
            throw error("unexpected '" + tokens.get(position) + "'");
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(problem + " in '" + source + "'");
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '.' || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
                        || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else if ((c == '>' || c == '<' || c == '=' || c == '!') && i + 1 < text.length()
                    && text.charAt(i + 1) == '=') {
                tokens.add(text.substring(i, i + 2));
                i += 2;
            } else if ("+-*/()<>".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' in '" + text + "'");
            }
        }
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty expression");
        }
        return tokens;
    }

    private record Number(double value) implements Expression {
        @Override
        public Double evaluate(AccountBehaviour behaviour) {
            return value;
        }

        @Override
        public Set<String> measures() {
            return Set.of();
        }

        @Override
        public String text() {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    private record MeasureReference(Measure measure) implements Expression {
        @Override
        public Double evaluate(AccountBehaviour behaviour) {
            return measure.read(behaviour);
        }

        @Override
        public Set<String> measures() {
            return Set.of(measure.name());
        }

        @Override
        public String text() {
            return measure.name();
        }
    }

    private record Negated(Expression inner) implements Expression {
        @Override
        public Double evaluate(AccountBehaviour behaviour) {
            Double value = inner.evaluate(behaviour);
            return value == null ? null : -value;
        }

        @Override
        public Set<String> measures() {
            return inner.measures();
        }

        @Override
        public String text() {
            return "-" + inner.text();
        }
    }

    private record Parenthesised(Expression inner) implements Expression {
        @Override
        public Double evaluate(AccountBehaviour behaviour) {
            return inner.evaluate(behaviour);
        }

        @Override
        public Set<String> measures() {
            return inner.measures();
        }

        @Override
        public String text() {
            return "(" + inner.text() + ")";
        }
    }

    private record Binary(Expression left, String operator, Expression right, DoubleBinaryOperator op)
            implements Expression {
        @Override
        public Double evaluate(AccountBehaviour behaviour) {
            Double l = left.evaluate(behaviour);
            Double r = right.evaluate(behaviour);
            if (l == null || r == null) {
                return null;
            }
            double result = op.applyAsDouble(l, r);
            return Double.isFinite(result) ? result : null;
        }

        @Override
        public Set<String> measures() {
            Set<String> names = new HashSet<>(left.measures());
            names.addAll(right.measures());
            return names;
        }

        @Override
        public String text() {
            return left.text() + " " + operator + " " + right.text();
        }
    }
}
