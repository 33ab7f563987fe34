package dev.bankstream.segment.model;

import java.util.Comparator;
import java.util.List;

/**
 * Quality of the clustering tried with k segments: mean silhouette (higher is better) and Davies-Bouldin index
 * (lower is better), both on the standardized training rows.
 */
public record KCandidate(int k, double silhouette, double daviesBouldin) {

    /**
     * The rule combining both measures: rank the candidates by silhouette (best = 1) and by Davies-Bouldin
     * (best = 1) and choose the smallest sum of ranks, so k wins only when both measures broadly agree; a tie
     * goes to the higher silhouette, then to the smaller k (fewer segments are easier to act on).
     */
    public static final String RULE = "smallest sum of silhouette rank and Davies-Bouldin rank; "
            + "ties: higher silhouette, then smaller k";

    public static KCandidate choose(List<KCandidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("No k was tried");
        }
        return candidates.stream()
                .min(Comparator.comparingInt((KCandidate c) -> rankSum(c, candidates))
                        .thenComparing(Comparator.comparingDouble(KCandidate::silhouette).reversed())
                        .thenComparingInt(KCandidate::k))
                .orElseThrow();
    }

    static int rankSum(KCandidate candidate, List<KCandidate> candidates) {
        int silhouetteRank = 1;
        int daviesBouldinRank = 1;
        for (KCandidate other : candidates) {
            if (other.silhouette > candidate.silhouette) {
                silhouetteRank++;
            }
            if (other.daviesBouldin < candidate.daviesBouldin) {
                daviesBouldinRank++;
            }
        }
        return silhouetteRank + daviesBouldinRank;
    }
}
