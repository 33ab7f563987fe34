package dev.bankstream.scoring.flags;

import java.util.Arrays;

import dev.bankstream.schemas.RiskLevel;

/**
 * What the flag decider remembers per account and kind; small and immutable so it fits a state store.
 *
 * @param activeLevel highest level raised since the score last crossed the threshold; null when not flagged
 *                    (never flagged, or reset after falling below the reset line)
 * @param lastRaised  level of the last flag ever raised, kept across resets for RiskFlag.previousLevel; null before
 *                    the first flag
 */
public record FlagState(RiskLevel activeLevel, RiskLevel lastRaised) {

    public static final FlagState INITIAL = new FlagState(null, null);

    private static final byte FORMAT = 1;
    private static final byte NONE = -1;

    public boolean flagged() {
        return activeLevel != null;
    }

    /** Three bytes: format, active level, last raised level (ordinal, or -1 for none). */
    public byte[] toBytes() {
        return new byte[] {FORMAT, ordinal(activeLevel), ordinal(lastRaised)};
    }

    public static FlagState fromBytes(byte[] bytes) {
        if (bytes.length != 3 || bytes[0] != FORMAT) {
            throw new IllegalArgumentException("Not a flag state: " + Arrays.toString(bytes));
        }
        return new FlagState(level(bytes[1]), level(bytes[2]));
    }

    private static byte ordinal(RiskLevel level) {
        return level == null ? NONE : (byte) level.ordinal();
    }

    private static RiskLevel level(byte ordinal) {
        if (ordinal == NONE) {
            return null;
        }
        if (ordinal < 0 || ordinal >= RiskLevel.values().length) {
            throw new IllegalArgumentException("No risk level with ordinal " + ordinal);
        }
        return RiskLevel.values()[ordinal];
    }
}
