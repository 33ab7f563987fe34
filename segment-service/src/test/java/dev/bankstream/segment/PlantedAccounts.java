package dev.bankstream.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.bankstream.segment.features.BehaviouralFeatures;
import dev.bankstream.segment.features.FeatureMatrix;

/**
 * Behavioural feature rows drawn around planted profiles, so that tests know which cluster every account
 * belongs to. Values are in raw units (CZK, shares, counts) with multiplicative noise on amounts and counts.
 */
public final class PlantedAccounts {

    /** averageBalance, monthlyIncome, savingsRatio, debtBurden, overdraftShare, monthlyTx, smallVsLarge, cardShare */
    public static final double[] RICH_ACTIVE = {150_000, 60_000, 0.3, 0, 0, 30, 3, 0.5};
    public static final double[] RICH_INACTIVE = {150_000, 60_000, 0.5, 0, 0, 3, 0.1, 0.02};
    public static final double[] POOR_ACTIVE = {5_000, 8_000, -0.1, 0, 0.05, 30, 10, 0.5};
    public static final double[] POOR_INDEBTED = {3_000, 8_000, -0.2, 0.8, 0.4, 4, 0.5, 0.02};
    public static final double[] OVERDRAWN_HEAVY_BORROWERS = {-20_000, 30_000, -0.9, 1.9, 0.95, 15, 1, 0.3};

    public static final List<double[]> FOUR = List.of(RICH_ACTIVE, RICH_INACTIVE, POOR_ACTIVE, POOR_INDEBTED);

    private static final boolean[] MULTIPLICATIVE = {true, true, false, false, false, true, true, false};

    /** Rows with their planted cluster (index into the profiles list). */
    public record Sample(FeatureMatrix matrix, int[] planted) {
    }

    private PlantedAccounts() {
    }

    /**
     * @param firstAccountId ids are consecutive from here, in a shuffled order so that K-means++ starts elsewhere
     */
    public static Sample draw(List<double[]> profiles, int perProfile, double noise, long seed, long firstAccountId) {
        Random random = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < profiles.size(); p++) {
            for (int i = 0; i < perProfile; i++) {
                order.add(p);
            }
        }
        Collections.shuffle(order, random);
        long[] ids = new long[order.size()];
        double[][] rows = new double[order.size()][];
        int[] planted = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            int profile = order.get(i);
            ids[i] = firstAccountId + i;
            planted[i] = profile;
            rows[i] = jitter(profiles.get(profile), noise, random);
        }
        return new Sample(new FeatureMatrix(BehaviouralFeatures.SET, ids, rows), planted);
    }

    public static double[] jitter(double[] profile, double noise, Random random) {
        double[] row = new double[profile.length];
        for (int f = 0; f < profile.length; f++) {
            row[f] = MULTIPLICATIVE[f]
                    ? profile[f] * Math.exp(noise * random.nextGaussian())
                    : profile[f] + noise / 3 * random.nextGaussian();
        }
        row[4] = Math.max(0, Math.min(1, row[4]));
        row[7] = Math.max(0, Math.min(1, row[7]));
        row[3] = Math.max(0, row[3]);
        return row;
    }

    /** Adjusted Rand index of two labelings: 1 = identical partitions, about 0 = chance agreement. */
    public static double adjustedRand(int[] a, int[] b) {
        int ka = Arrays.stream(a).max().orElse(0) + 1;
        int kb = Arrays.stream(b).max().orElse(0) + 1;
        long[][] table = new long[ka][kb];
        long[] rows = new long[ka];
        long[] columns = new long[kb];
        for (int i = 0; i < a.length; i++) {
            table[a[i]][b[i]]++;
            rows[a[i]]++;
            columns[b[i]]++;
        }
        double index = 0;
        for (long[] row : table) {
            for (long cell : row) {
                index += pairs(cell);
            }
        }
        double rowPairs = Arrays.stream(rows).mapToDouble(PlantedAccounts::pairs).sum();
        double columnPairs = Arrays.stream(columns).mapToDouble(PlantedAccounts::pairs).sum();
        double expected = rowPairs * columnPairs / pairs(a.length);
        double max = (rowPairs + columnPairs) / 2;
        return (index - expected) / (max - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
