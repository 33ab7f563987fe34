package dev.bankstream.scoring.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Whether probabilities mean what they say: overall (mean predicted vs observed default rate) and per band of
 * predicted risk (equal-count bins, lowest first).
 */
public record Calibration(double meanPredicted, double observedRate, List<Bin> bins) {

    /** One band of loans with similar predicted risk. */
    public record Bin(double meanPredicted, double observedRate, int loans) {
    }

    public static Calibration of(boolean[] defaulted, double[] probabilities, int binCount) {
        Integer[] order = IntStream.range(0, probabilities.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            int from = b * order.length / binCount;
            int to = (b + 1) * order.length / binCount;
            if (to > from) {
                bins.add(bin(defaulted, probabilities, Arrays.copyOfRange(order, from, to)));
            }
        }
        Bin all = bin(defaulted, probabilities, order);
        return new Calibration(all.meanPredicted(), all.observedRate(), bins);
    }

    private static Bin bin(boolean[] defaulted, double[] probabilities, Integer[] rows) {
        double predicted = 0;
        int defaults = 0;
        for (int row : rows) {
            predicted += probabilities[row];
            defaults += defaulted[row] ? 1 : 0;
        }
        return new Bin(predicted / rows.length, (double) defaults / rows.length, rows.length);
    }
}
