package dev.bankstream.scoring.flags;

import java.util.Optional;

import dev.bankstream.schemas.RiskLevel;

/**
 * Decides, per account and flag kind, whether a new score raises a flag, so that a score flapping around its
 * threshold raises one flag, not one per snapshot:
 * <ul>
 *   <li>not flagged, score reaches the lowest level: raise (CROSSED_THRESHOLD);</li>
 *   <li>flagged, score reaches a level above the highest raised since the crossing: raise again (LEVEL_ROSE);</li>
 *   <li>flagged, score between the reset line and a new level, including dips below the threshold: nothing;</li>
 *   <li>score below the reset line, or not measurable (NaN: a rule's condition no longer holds): re-arm silently.</li>
 * </ul>
 * Stateless itself: the caller keeps one {@link FlagState} per account and kind.
 */
public final class FlagDecider {

    private final FlagPolicy policy;

    public FlagDecider(FlagPolicy policy) {
        this.policy = policy;
    }

    public FlagPolicy policy() {
        return policy;
    }

    public FlagDecision decide(FlagState state, double score) {
        if (Double.isNaN(score) || score < policy.resetBelow()) {
            return new FlagDecision(new FlagState(null, state.lastRaised()), Optional.empty());
        }
        Optional<RiskLevel> level = policy.levels().levelOf(score);
        if (level.isEmpty()) {
            return new FlagDecision(state, Optional.empty());
        }
        RiskLevel reached = level.get();
        if (!state.flagged()) {
            return raise(state, reached, FlagRaise.Cause.CROSSED_THRESHOLD);
        }
        if (reached.compareTo(state.activeLevel()) > 0) {
            return raise(state, reached, FlagRaise.Cause.LEVEL_ROSE);
        }
        return new FlagDecision(state, Optional.empty());
    }

    private static FlagDecision raise(FlagState state, RiskLevel level, FlagRaise.Cause cause) {
        return new FlagDecision(new FlagState(level, level),
                Optional.of(new FlagRaise(level, state.lastRaised(), cause)));
    }
}
