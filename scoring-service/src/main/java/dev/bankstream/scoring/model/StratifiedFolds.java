package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Assigns rows to k folds so that every fold holds the same share of defaults (within one): with ~11 % defaults and
 * small samples, unstratified folds would leave some folds with no default to evaluate.
 */
public final class StratifiedFolds {

    private StratifiedFolds() {
    }

    /** The fold (0..k-1) of each row; defaults and repaid loans are shuffled separately and dealt round-robin. */
    public static int[] assign(boolean[] defaulted, int folds, Random random) {
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (int i = 0; i < defaulted.length; i++) {
            (defaulted[i] ? positives : negatives).add(i);
        }
        if (positives.size() < folds || negatives.size() < folds) {
            throw new IllegalArgumentException("Stratified " + folds + "-fold splitting needs at least " + folds
                    + " defaults and " + folds + " repaid loans; got " + positives.size() + " and " + negatives.size());
        }
        Collections.shuffle(positives, random);
        Collections.shuffle(negatives, random);
        int[] fold = new int[defaulted.length];
        int next = 0;
        for (List<Integer> group : List.of(positives, negatives)) {
            for (int row : group) {
                fold[row] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
