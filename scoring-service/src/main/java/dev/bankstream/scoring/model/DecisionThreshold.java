package dev.bankstream.scoring.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Chooses the probability at or above which a loan is called a default: the one with the best F1 on out-of-fold
 * calibrated probabilities of the training loans. F1 balances missed defaults against false alarms without a cost
 * matrix the bank has not given us; computing it out of fold keeps the choice honest, and test loans never see it.
 */
public final class DecisionThreshold {

    private DecisionThreshold() {
    }

    public static double maximisingF1(double[] probabilities, boolean[] defaulted) {
        int positives = 0;
        for (boolean d : defaulted) {
            positives += d ? 1 : 0;
        }
        if (positives == 0) {
            throw new IllegalArgumentException("A threshold needs at least one default among the training loans");
        }
        Integer[] order = IntStream.range(0, probabilities.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> probabilities[i]).reversed());
        double bestF1 = -1;
        double best = 1.0;
        int truePositives = 0;
        for (int rank = 0; rank < order.length; rank++) {
            truePositives += defaulted[order[rank]] ? 1 : 0;
            boolean lastOfTies = rank == order.length - 1
                    || probabilities[order[rank + 1]] < probabilities[order[rank]];
            if (lastOfTies) {
                int flagged = rank + 1;
                double f1 = 2.0 * truePositives / (flagged + positives);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = probabilities[order[rank]];
                }
            }
        }
        return best;
    }
}
