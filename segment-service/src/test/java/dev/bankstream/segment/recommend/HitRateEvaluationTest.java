package dev.bankstream.segment.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HitRateEvaluationTest {

    @Test
    void itemItemBeatsTheBaselineWhenProductsAreHeldTogether() {
        // Given accounts in three hidden groups: two hold their group's three products with probability 0.8,
        // the third none; on top, household orders (60%) and loans (30%) are held independently by everyone
        List<Set<Product>> groups = List.of(
                EnumSet.of(Product.CLASSIC_CARD, Product.INSURANCE_ORDER, Product.CREDIT_CARD),
                EnumSet.of(Product.GOLD_CARD, Product.LEASING_ORDER, Product.JUNIOR_CARD),
                EnumSet.noneOf(Product.class));
        Random random = new Random(8);
        Map<Long, Set<Product>> holdings = new LinkedHashMap<>();
        for (long account = 0; account < 3_000; account++) {
            Set<Product> held = EnumSet.noneOf(Product.class);
            for (Product product : groups.get((int) (account % 3))) {
                if (random.nextDouble() < 0.8) {
                    held.add(product);
                }
            }
            if (random.nextDouble() < 0.6) {
                held.add(Product.HOUSEHOLD_ORDER);
            }
            if (random.nextDouble() < 0.3) {
                held.add(Product.LOAN);
            }
            holdings.put(account, held);
        }

        // When one held product per account is hidden
        HitRateEvaluation.Report report = HitRateEvaluation.evaluate(HoldingsMatrix.of(holdings), 3, 1L);
        System.out.println("Planted co-holding: " + report);

        // Then item-item finds it far more often than the most popular products do
        assertThat(report.evaluated()).isGreaterThan(1_000);
        assertThat(report.itemItemHitRate()).isGreaterThan(report.popularityHitRate() + 0.2);
    }

    @Test
    void itemItemDoesNotBeatTheBaselineWhenHoldingsAreIndependent() {
        // Given products held independently, each with its own popularity
        double[] popularity = {0.6, 0.45, 0.35, 0.25, 0.2, 0.15, 0.1, 0.05};
        Random random = new Random(9);
        Map<Long, Set<Product>> holdings = new LinkedHashMap<>();
        for (long account = 0; account < 3_000; account++) {
            Set<Product> held = EnumSet.noneOf(Product.class);
            for (Product product : Product.values()) {
                if (random.nextDouble() < popularity[product.ordinal()]) {
                    held.add(product);
                }
            }
            holdings.put(account, held);
        }

        // When one held product per account is hidden
        HitRateEvaluation.Report report = HitRateEvaluation.evaluate(HoldingsMatrix.of(holdings), 3, 1L);
        System.out.println("Independent holdings: " + report);

        // Then co-holding carries no signal: item-item is no better than popularity (within sampling noise)
        assertThat(report.itemItemHitRate()).isLessThanOrEqualTo(report.popularityHitRate() + 0.01);
    }
}
