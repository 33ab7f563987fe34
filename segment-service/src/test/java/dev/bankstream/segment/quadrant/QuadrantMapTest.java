package dev.bankstream.segment.quadrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class QuadrantMapTest {

    private static final QuadrantThresholds LINES = new QuadrantThresholds(0.25, 0.5);

    @Test
    void countsEveryAccountAndSamplesAFixedSubset() {
        // Given 100 accounts, a quarter in each quadrant
        QuadrantMap.Builder builder = new QuadrantMap.Builder(LINES, 10);
        points(1, 100).forEach(builder::add);

        // When / Then every account is counted, in its quadrant, and the sample has the size asked for
        QuadrantMap map = builder.build();
        assertThat(map.accounts()).isEqualTo(100);
        assertThat(map.counts()).containsOnlyKeys(RiskValueQuadrant.values()).allSatisfy((quadrant, count) ->
                assertThat(count).isEqualTo(25));
        assertThat(map.sample()).hasSize(10).doesNotHaveDuplicates();
        // And not simply the first ids
        assertThat(map.sample()).extracting(ScorePoint::accountId).anyMatch(id -> id > 10);
    }

    @Test
    void partsMergedFromSeveralInstancesGiveWhatOneInstanceWithAllAccountsGives() {
        // Given the same 100 accounts split between two instances by parity
        QuadrantMap.Builder whole = new QuadrantMap.Builder(LINES, 12);
        QuadrantMap.Builder even = new QuadrantMap.Builder(LINES, 12);
        QuadrantMap.Builder odd = new QuadrantMap.Builder(LINES, 12);
        for (ScorePoint point : points(1, 100)) {
            whole.add(point);
            (point.accountId() % 2 == 0 ? even : odd).add(point);
        }

        // When the two parts are merged
        QuadrantMap merged = new QuadrantMap.Builder(LINES, 12).merge(even.build()).merge(odd.build()).build();

        // Then counts and sample are exactly the single instance's
        assertThat(merged).isEqualTo(whole.build());
    }

    private static List<ScorePoint> points(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(id -> {
            double risk = id % 2 == 0 ? 0.6 : 0.1;
            double value = id % 4 < 2 ? 0.9 : 0.2;
            return new ScorePoint(id, LocalDate.of(1996, 1, 1), risk, value, RiskValueQuadrant.of(risk, value, LINES));
        }).toList();
    }
}
