package dev.bankstream.scoring.flags;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.bankstream.schemas.RiskLevel;

/**
 * Thresholds that turn a score into a severity: a score at or above a level's threshold has at least that level.
 * Not every level needs a threshold (a rule may start at MEDIUM), but thresholds rise with the level.
 */
public record LevelScale(Map<RiskLevel, Double> thresholds) {

    public LevelScale {
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("A level scale needs at least one threshold");
        }
        EnumMap<RiskLevel, Double> ordered = new EnumMap<>(thresholds);
        double previous = Double.NEGATIVE_INFINITY;
        for (Map.Entry<RiskLevel, Double> entry : ordered.entrySet()) {
            if (!(entry.getValue() > previous)) {
                throw new IllegalArgumentException("Thresholds must rise with the level, but " + entry.getKey()
                        + " >= " + entry.getValue() + " does not exceed the level below it");
            }
            previous = entry.getValue();
        }
        thresholds = Collections.unmodifiableMap(ordered);
    }

    /** The highest level whose threshold the score reaches, if any. */
    public Optional<RiskLevel> levelOf(double score) {
        RiskLevel level = null;
        for (Map.Entry<RiskLevel, Double> entry : thresholds.entrySet()) {
            if (score >= entry.getValue()) {
                level = entry.getKey();
            }
        }
        return Optional.ofNullable(level);
    }

    /** The threshold of the lowest level: crossing it raises a flag. */
    public double lowest() {
        return thresholds.values().iterator().next();
    }
}
