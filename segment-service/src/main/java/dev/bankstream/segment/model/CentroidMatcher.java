package dev.bankstream.segment.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the centroids of a retrain with those of the previous model so that segments keep their ids and names.
 *
 * <p>Greedy on distance: of all (previous, new) pairs, the closest is matched first, then the closest among the
 * still unmatched, and so on, but never beyond a radius: a centroid that moved further than that describes
 * different accounts and becomes a new segment instead of inheriting a name that would no longer fit it.
 * With at most five segments greedy matching is what an exact assignment would give whenever clusters are
 * recognisably the same, which is the only case where inheriting an id is right.
 */
public final class CentroidMatcher {

    private CentroidMatcher() {
    }

    /**
     * @param previous centroids of the previous model, in its standardized space
     * @param current  centroids of the new model, expressed in the previous model's standardized space
     * @param radius   largest Euclidean distance at which two centroids are the same segment
     * @return for each current centroid the index of its previous centroid, or -1 when it is new
     */
    public static int[] match(double[][] previous, double[][] current, double radius) {
        record Pair(int previous, int current, double distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int p = 0; p < previous.length; p++) {
            for (int c = 0; c < current.length; c++) {
                double distance = Math.sqrt(KMeansClustering.squaredDistance(previous[p], current[c]));
                if (distance <= radius) {
                    pairs.add(new Pair(p, c, distance));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance));
        int[] matched = new int[current.length];
        Arrays.fill(matched, -1);
        boolean[] previousTaken = new boolean[previous.length];
        for (Pair pair : pairs) {
            if (matched[pair.current] < 0 && !previousTaken[pair.previous]) {
                matched[pair.current] = pair.previous;
                previousTaken[pair.previous] = true;
            }
        }
        return matched;
    }
}
