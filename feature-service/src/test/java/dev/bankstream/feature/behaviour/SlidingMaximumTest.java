package dev.bankstream.feature.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SlidingMaximumTest {

    private static final int LONGEST = 365;

    @Test
    void everyWindowEndingOnTheLatestDayHasTheLargestAmountOfItsDays() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            SlidingMaximum maximum = new SlidingMaximum();
            List<long[]> added = new ArrayList<>();
            int day = random.nextInt(100);
            // Falling amounts keep every day, and so make the kept days outgrow and wrap their arrays
            boolean falling = round % 4 == 0;
            for (int step = 0; step < 600; step++) {
                day += 1 + random.nextInt(round % 2 == 0 ? 3 : 20);
                long amount = falling ? 1_000_000 - step * 7L : 100L * random.nextInt(50);
                maximum.add(day, amount);
                added.add(new long[] {day, amount});
                maximum.dropBefore(day - LONGEST + 1);
                for (int length : new int[] {1, 30, 90, LONGEST}) {
                    int firstDay = day - length + 1;
                    assertThat(maximum.largestFrom(firstDay)).as("round %d, %d days to day %d", round, length, day)
                            .isEqualTo(largestByWalking(added, firstDay));
                }
            }
        }
    }

    @Test
    void aWindowWithNoDayHasNoLargestAmount() {
        SlidingMaximum maximum = new SlidingMaximum();
        assertThat(maximum.largestFrom(0)).isZero();
        maximum.add(10, 500);
        assertThat(maximum.largestFrom(11)).isZero();
        maximum.clear();
        assertThat(maximum.largestFrom(0)).isZero();
    }

    private static long largestByWalking(List<long[]> added, int firstDay) {
        return added.stream().filter(entry -> entry[0] >= firstDay).mapToLong(entry -> entry[1]).max().orElse(0);
    }
}
