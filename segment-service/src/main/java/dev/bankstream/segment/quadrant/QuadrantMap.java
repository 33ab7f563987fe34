package dev.bankstream.segment.quadrant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The dashboard's risk × value view: how many accounts fall in each quadrant, and a sample of them for a scatter.
 *
 * <p>The sample is the accounts with the lowest {@link #sampleRank(long) rank}, a hash of the account id. That makes
 * it the same on every call and lets the parts held by several instances be merged into exactly the sample one
 * instance holding every account would have drawn.
 */
public record QuadrantMap(QuadrantThresholds thresholds, long accounts, Map<RiskValueQuadrant, Long> counts,
        List<ScorePoint> sample) {

    public QuadrantMap {
        counts = Map.copyOf(counts);
        sample = List.copyOf(sample);
    }

    /** Collects points one at a time and keeps the {@code sampleSize} of lowest rank. */
    public static final class Builder {

        private final QuadrantThresholds thresholds;
        private final int sampleSize;
        private final Map<RiskValueQuadrant, Long> counts = new EnumMap<>(RiskValueQuadrant.class);
        private final PriorityQueue<ScorePoint> kept = new PriorityQueue<>(BY_RANK.reversed());
        private long accounts;

        public Builder(QuadrantThresholds thresholds, int sampleSize) {
            if (sampleSize < 0) {
                throw new IllegalArgumentException("sample size must be >= 0, got " + sampleSize);
            }
            this.thresholds = thresholds;
            this.sampleSize = sampleSize;
            for (RiskValueQuadrant quadrant : RiskValueQuadrant.values()) {
                counts.put(quadrant, 0L);
            }
        }

        public Builder add(ScorePoint point) {
            accounts++;
            counts.merge(point.quadrant(), 1L, Long::sum);
            kept.add(point);
            if (kept.size() > sampleSize) {
                kept.poll();
            }
            return this;
        }

        /** Adds another instance's part; its sample must have been drawn at least as large as this one's. */
        public Builder merge(QuadrantMap part) {
            accounts += part.accounts();
            part.counts().forEach((quadrant, count) -> counts.merge(quadrant, count, Long::sum));
            for (ScorePoint point : part.sample()) {
                kept.add(point);
                if (kept.size() > sampleSize) {
                    kept.poll();
                }
            }
            return this;
        }

        public QuadrantMap build() {
            List<ScorePoint> sample = new ArrayList<>(kept);
            sample.sort(BY_RANK);
            return new QuadrantMap(thresholds, accounts, counts, sample);
        }
    }

    private static final Comparator<ScorePoint> BY_RANK = Comparator
            .comparingLong((ScorePoint point) -> sampleRank(point.accountId()))
            .thenComparingLong(ScorePoint::accountId);

    /** A fixed scramble of the id (SplitMix64's finalizer), so that consecutive ids do not all land in the sample. */
    static long sampleRank(long accountId) {
        long z = accountId + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
