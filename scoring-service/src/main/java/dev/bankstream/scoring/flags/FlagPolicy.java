package dev.bankstream.scoring.flags;

import java.util.EnumMap;
import java.util.Map;

import dev.bankstream.schemas.RiskLevel;

/**
 * When a score raises a flag and when it re-arms.
 *
 * @param levels     severity thresholds; crossing the lowest raises a flag
 * @param resetBelow the score must fall below this (not merely below the threshold) before a new crossing raises a
 *                   new flag: the gap between the two is the hysteresis band that absorbs flapping
 */
public record FlagPolicy(LevelScale levels, double resetBelow) {

    /** Default gap: a flag re-arms once the score falls below 80 % of the flag threshold. */
    public static final double DEFAULT_RESET_SHARE = 0.8;

    public FlagPolicy {
        if (!(resetBelow <= levels.lowest())) {
            throw new IllegalArgumentException("resetBelow " + resetBelow + " must not exceed the flag threshold "
                    + levels.lowest());
        }
    }

    /**
     * The loan-default model's policy: LOW from the model's threshold t, then MEDIUM, HIGH and CRITICAL at a quarter,
     * half and three quarters of the way from t to certainty; re-armed below 0.8 t.
     */
    public static FlagPolicy forModel(double threshold) {
        Map<RiskLevel, Double> thresholds = new EnumMap<>(RiskLevel.class);
        double span = 1 - threshold;
        thresholds.put(RiskLevel.LOW, threshold);
        thresholds.put(RiskLevel.MEDIUM, threshold + span / 4);
        thresholds.put(RiskLevel.HIGH, threshold + span / 2);
        thresholds.put(RiskLevel.CRITICAL, threshold + 3 * span / 4);
        return new FlagPolicy(new LevelScale(thresholds), DEFAULT_RESET_SHARE * threshold);
    }
}
