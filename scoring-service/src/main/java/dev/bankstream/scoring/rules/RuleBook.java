package dev.bankstream.scoring.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.bankstream.scoring.flags.FlagPolicy;
import dev.bankstream.scoring.flags.LevelScale;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.RiskLevel;

/**
 * The behaviour rules, read from a properties text that an operator can edit without touching code:
 * <pre>
 * rule.&lt;KIND&gt;.measure      = expression over behaviour measures; its value is the flag's score (higher = riskier)
 * rule.&lt;KIND&gt;.when         = optional conditions joined by "and"; the rule is silent while they do not hold
 * rule.&lt;KIND&gt;.levels       = ascending thresholds on the measure, e.g. MEDIUM &gt;= 5, HIGH &gt;= 10
 * rule.&lt;KIND&gt;.reset-below  = optional re-arm line (default 80 % of the lowest threshold)
 * rule.&lt;KIND&gt;.explanation  = sentence with {value} and {measure.name} placeholders
 * rule.&lt;KIND&gt;.enabled      = optional, true or false (default true)
 * </pre>
 * KIND (capitals, digits, underscores) becomes the RiskFlag kind. Every mistake (unknown key, unknown measure,
 * malformed levels) stops loading with a message naming the key, so a broken file is never half applied. Measure
 * names are listed by {@link dev.bankstream.scoring.features.BehaviourMeasures}.
 */
public final class RuleBook {

    /** Model name on rule flags. */
    public static final String MODEL_NAME = "behaviour-rules";

    private static final String DEFAULTS = "/risk-rules.properties";
    private static final Pattern KEY = Pattern.compile("rule\\.([A-Z][A-Z0-9_]*)\\.(measure|when|levels|reset-below|explanation|enabled)");
    private static final Pattern LEVEL = Pattern.compile("\\s*([A-Z]+)\\s*>=\\s*(-?[0-9.]+)\\s*");

    private final List<BehaviourRule> rules;
    private final String version;

    private RuleBook(List<BehaviourRule> rules, String version) {
        this.rules = List.copyOf(rules);
        this.version = version;
    }

    /** The rules shipped with the service (src/main/resources/risk-rules.properties). */
    public static RuleBook defaults() {
        try (InputStream in = RuleBook.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + DEFAULTS);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleBook load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * @throws IllegalArgumentException naming the key and the problem when the text is not a valid rule book
     */
    public static RuleBook parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalArgumentException("Unreadable rule book: " + e.getMessage(), e);
        }
        Map<String, Map<String, String>> byKind = new TreeMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            Matcher matcher = KEY.matcher(key);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Unknown rule book key '" + key
                        + "': expected rule.<KIND>.(measure|when|levels|reset-below|explanation|enabled)");
            }
            byKind.computeIfAbsent(matcher.group(1), kind -> new TreeMap<>())
                    .put(matcher.group(2), properties.getProperty(key).trim());
        }
        List<BehaviourRule> rules = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : byKind.entrySet()) {
            String kind = entry.getKey();
            Map<String, String> settings = entry.getValue();
            String enabled = settings.getOrDefault("enabled", "true");
            if (!Set.of("true", "false").contains(enabled)) {
                throw new IllegalArgumentException("rule." + kind + ".enabled must be true or false, was '" + enabled
                        + "'");
            }
            if (enabled.equals("true")) {
                rules.add(rule(kind, settings));
            }
        }
        return new RuleBook(rules, ModelPackage.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    }

    private static BehaviourRule rule(String kind, Map<String, String> settings) {
        Expression measure = setting(kind, "measure", () -> ExpressionParser.expression(required(settings, kind,
                "measure")));
        Condition when = settings.containsKey("when")
                ? setting(kind, "when", () -> ExpressionParser.condition(settings.get("when")))
                : null;
        LevelScale levels = setting(kind, "levels", () -> levels(required(settings, kind, "levels")));
        double resetBelow = settings.containsKey("reset-below")
                ? setting(kind, "reset-below", () -> Double.parseDouble(settings.get("reset-below")))
                : FlagPolicy.DEFAULT_RESET_SHARE * levels.lowest();
        FlagPolicy policy = setting(kind, "reset-below", () -> new FlagPolicy(levels, resetBelow));
        return setting(kind, "explanation",
                () -> new BehaviourRule(kind, measure, when, policy, required(settings, kind, "explanation")));
    }

    /** Reads one setting, prefixing any problem with its key. */
    private static <T> T setting(String kind, String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule." + kind + "." + key + ": " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> settings, String kind, String key) {
        String value = settings.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing");
        }
        return value;
    }

    private static LevelScale levels(String text) {
        Map<RiskLevel, Double> thresholds = new EnumMap<>(RiskLevel.class);
        for (String part : text.split(",")) {
            Matcher matcher = LEVEL.matcher(part);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("levels must read like 'MEDIUM >= 5, HIGH >= 10', not '" + text
                        + "'");
            }
            RiskLevel level;
            try {
                level = RiskLevel.valueOf(matcher.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown level " + matcher.group(1) + " (LOW, MEDIUM, HIGH or"
                        + " CRITICAL)", e);
            }
            if (thresholds.put(level, Double.parseDouble(matcher.group(2))) != null) {
                throw new IllegalArgumentException("level " + level + " is given twice");
            }
        }
        return new LevelScale(thresholds);
    }

    public List<BehaviourRule> rules() {
        return rules;
    }

    /** First 12 hex digits of the SHA-256 of the rule text: the modelVersion of rule flags. */
    public String version() {
        return version;
    }

    /** Every enabled rule's finding for the account, in rule-name order. */
    public List<RuleFinding> evaluate(AccountBehaviour behaviour) {
        return rules.stream().map(rule -> rule.evaluate(behaviour)).toList();
    }
}
