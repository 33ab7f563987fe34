package dev.bankstream.feature.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class InterpolationSearchTest {

    private static final Random RANDOM = new Random(5);

    @Test
    void findsWhatABinarySearchFindsInEvenAndSkewedDays() {
        for (int round = 0; round < 2_000; round++) {
            int[] days = days(RANDOM.nextInt(0, 400), round % 3 == 0);
            // Within a part of the array, as for an account whose oldest days were dropped
            int from = round % 2 == 0 ? 0 : RANDOM.nextInt(days.length + 1);
            int to = RANDOM.nextInt(from, days.length + 1);
            for (int probe = 0; probe < 100; probe++) {
                int key = days.length > 0 && RANDOM.nextBoolean() ? days[RANDOM.nextInt(days.length)] + RANDOM.nextInt(-1, 2)
                        : RANDOM.nextInt(-200, days.length == 0 ? 10 : days[days.length - 1] + 200);
                assertThat(InterpolationSearch.firstAfter(days, from, to, key))
                        .as("after %d in %s[%d..%d)", key, Arrays.toString(days), from, to)
                        .isEqualTo(firstAfterByWalking(days, from, to, key));
            }
        }
    }

    @Test
    void findsWhatArraysBinarySearchFindsAmongBalances() {
        for (int round = 0; round < 2_000; round++) {
            boolean even = round % 2 == 0;
            long[] balances = LongStream.generate(() -> even ? RANDOM.nextLong(-5_000_000, 90_000_000)
                    : (long) Math.pow(RANDOM.nextDouble() * 1_000, 3)).limit(RANDOM.nextInt(0, 300)).sorted().distinct().toArray();
            int size = balances.length == 0 ? 0 : RANDOM.nextInt(balances.length + 1);
            for (int probe = 0; probe < 50; probe++) {
                long key = size > 0 && RANDOM.nextBoolean() ? balances[RANDOM.nextInt(size)] + RANDOM.nextInt(-1, 2)
                        : RANDOM.nextLong(-6_000_000, 1_100_000_000);
                assertThat(InterpolationSearch.indexOf(balances, size, key)).as("%d in %s", key, Arrays.toString(balances))
                        .isEqualTo(Arrays.binarySearch(balances, 0, size, key));
            }
        }
    }

    /** Ascending day numbers, evenly spread or bunched (a busy month, then a gap of years). */
    private static int[] days(int count, boolean bunched) {
        return IntStream.iterate(RANDOM.nextInt(-100, 10_000), day -> day + (bunched && RANDOM.nextInt(50) == 0
                ? RANDOM.nextInt(100, 5_000) : RANDOM.nextInt(1, 4))).limit(count).toArray();
    }

    private static int firstAfterByWalking(int[] days, int from, int to, int key) {
        int i = from;
        while (i < to && days[i] <= key) {
            i++;
        }
        return i;
    }
}
