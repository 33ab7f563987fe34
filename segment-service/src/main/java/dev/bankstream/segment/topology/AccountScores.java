package dev.bankstream.segment.topology;

import java.util.Optional;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.bankstream.schemas.AccountScore;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.quadrant.RiskValueQuadrant;
import dev.bankstream.segment.quadrant.ScorePoint;

/** Reading the latest scores store: each account's score as it arrived on risk.scores, and its quadrant. */
public final class AccountScores {

    private final ReadOnlyKeyValueStore<Long, byte[]> store;
    private final SegmentSerdes serdes;
    private final QuadrantThresholds thresholds;

    public AccountScores(ReadOnlyKeyValueStore<Long, byte[]> store, SegmentSerdes serdes, QuadrantThresholds thresholds) {
        this.store = store;
        this.serdes = serdes;
        this.thresholds = thresholds;
    }

    public Optional<AccountScore> scoreOf(long accountId) {
        byte[] stored = store.get(accountId);
        return stored == null ? Optional.empty() : Optional.of(serdes.readScore(stored));
    }

    public Optional<RiskValueQuadrant> quadrantOf(long accountId) {
        return scoreOf(accountId).map(score -> quadrant(score, thresholds));
    }

    public static RiskValueQuadrant quadrant(AccountScore score, QuadrantThresholds thresholds) {
        return RiskValueQuadrant.of(score.getRiskScore(), score.getValueScore(), thresholds);
    }

    public static ScorePoint point(AccountScore score, QuadrantThresholds thresholds) {
        return new ScorePoint(score.getAccountId(), score.getAsOfDate(), score.getRiskScore(), score.getValueScore(),
                quadrant(score, thresholds));
    }
}
