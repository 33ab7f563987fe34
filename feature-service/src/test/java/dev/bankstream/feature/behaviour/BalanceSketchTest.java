package dev.bankstream.feature.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BalanceSketchTest {

    @Test
    void theFirstQuartileIsExactWhileThereAreFewDistinctBalances() {
        BalanceSketch sketch = new BalanceSketch();
        sketch.add(300, 5);
        sketch.add(-100, 1);
        sketch.add(200, 2);

        // 8 days: -100, 200, 200, 300 x5; the 2nd smallest is 200
        assertThat(sketch.firstQuartile()).isEqualTo(200);
    }

    @Test
    void withManyDistinctBalancesItStaysBoundedAndClose() {
        // Given 10,000 distinct daily balances 1..10,000 in random order
        List<Integer> balances = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            balances.add(i);
        }
        Collections.shuffle(balances, new Random(7));
        BalanceSketch sketch = new BalanceSketch();
        balances.forEach(balance -> sketch.add(balance, 1));

        // Then it holds at most its capacity and the quartile is within 2% of the range of the exact 2,500
        assertThat(sketch.size()).isLessThanOrEqualTo(BalanceSketch.CAPACITY);
        assertThat(sketch.firstQuartile()).isCloseTo(2500, within(200.0));
    }
}
