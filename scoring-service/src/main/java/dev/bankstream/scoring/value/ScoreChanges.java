package dev.bankstream.scoring.value;

import java.util.Objects;
import java.util.Optional;

import dev.bankstream.schemas.AccountScore;

/**
 * Decides whether a freshly computed {@link AccountScore} goes out on {@code risk.scores}: at most one per account
 * per event day, and only when it says something new. Balances move a little every day, so "new" means a risk or
 * value score that moved by at least {@code minChange}, or a different number of raised rules, model version or
 * presence of a default probability: a compacted topic of the current picture, not a daily copy of it.
 */
public final class ScoreChanges {

    /** What became of a computed score. */
    public enum Outcome {
        /** Published: the first for the account, or changed on a later day. */
        PUBLISHED,
        /** Not published: nothing moved by at least the minimum change. */
        UNCHANGED,
        /** Not published: a score for this day or a later one is already out (a redelivered or late snapshot). */
        NOT_NEWER
    }

    private final double minChange;

    /** @param minChange smallest move of the risk or value score worth publishing (0..1 units) */
    public ScoreChanges(double minChange) {
        if (!(minChange >= 0 && minChange < 1)) {
            throw new IllegalArgumentException("minChange must be in [0, 1), not " + minChange);
        }
        this.minChange = minChange;
    }

    /** @param lastPublished the account's last published score, empty before the first */
    public Outcome decide(Optional<AccountScore> lastPublished, AccountScore candidate) {
        if (lastPublished.isEmpty()) {
            return Outcome.PUBLISHED;
        }
        AccountScore last = lastPublished.get();
        if (!candidate.getAsOfDate().isAfter(last.getAsOfDate())) {
            return Outcome.NOT_NEWER;
        }
        boolean changed = moved(candidate.getRiskScore(), last.getRiskScore())
                || moved(candidate.getValueScore(), last.getValueScore())
                || candidate.getActiveRuleFlags() != last.getActiveRuleFlags()
                || (candidate.getDefaultProbability() == null) != (last.getDefaultProbability() == null)
                || !Objects.equals(candidate.getModelVersion(), last.getModelVersion());
        return changed ? Outcome.PUBLISHED : Outcome.UNCHANGED;
    }

    private boolean moved(double now, double before) {
        double move = Math.abs(now - before);
        return move > 0 && move >= minChange;
    }
}
