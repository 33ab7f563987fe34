package dev.bankstream.scoring.flags;

import dev.bankstream.schemas.RiskLevel;

/**
 * A flag to emit.
 *
 * @param level         its severity
 * @param previousLevel level of the previous flag of this kind for the account, null for the first
 * @param cause         why now
 */
public record FlagRaise(RiskLevel level, RiskLevel previousLevel, Cause cause) {

    public enum Cause {
        /** The score crossed the threshold from below the reset line (or for the first time). */
        CROSSED_THRESHOLD,
        /** Still flagged, and the level rose above the highest raised since the crossing. */
        LEVEL_ROSE
    }
}
