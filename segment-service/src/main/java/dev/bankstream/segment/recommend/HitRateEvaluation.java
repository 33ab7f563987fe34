package dev.bankstream.segment.recommend;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Offline evaluation by leave-one-out: every account holding at least two products has one of them, chosen at
 * random with a fixed seed, hidden, and both recommenders are asked for their top k from the rest. Counts come
 * from the whole matrix minus that one holding, so the hidden product never counts as evidence for itself (and
 * hiding it does not erase the co-holdings of every other account, as masking all accounts at once would: with a
 * handful of products, most accounts hold two and every such pair would vanish). A hit is the hidden product among
 * the top k. Accounts with fewer than two products are not evaluated: with nothing left to go on, item-item falls
 * back to the baseline.
 */
public final class HitRateEvaluation {

    private HitRateEvaluation() {
    }

    /** Both hit rates on the same hidden products. */
    public record Report(int accounts, int evaluated, int k, double itemItemHitRate, double popularityHitRate) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "hit rate@%d over %d of %d accounts (one held product hidden each): item-item %.4f, "
                            + "most-popular baseline %.4f",
                    k, evaluated, accounts, itemItemHitRate, popularityHitRate);
        }
    }

    public static Report evaluate(HoldingsMatrix matrix, int k, long seed) {
        Random random = new Random(seed);
        ItemItemRecommender full = ItemItemRecommender.fit(matrix);
        int evaluated = 0;
        int itemItemHits = 0;
        int baselineHits = 0;
        for (int row = 0; row < matrix.accounts(); row++) {
            List<Product> held = List.copyOf(matrix.holdings(row));
            if (held.size() < 2) {
                continue;
            }
            Product hidden = held.get(random.nextInt(held.size()));
            Set<Product> visible = EnumSet.copyOf(held);
            visible.remove(hidden);
            ItemItemRecommender withoutIt = full.withoutHolding(visible, hidden);
            evaluated++;
            if (withoutIt.recommend(visible, k).stream().anyMatch(r -> r.product() == hidden)) {
                itemItemHits++;
            }
            if (new PopularityBaseline(withoutIt).recommend(visible, k).contains(hidden)) {
                baselineHits++;
            }
        }
        if (evaluated == 0) {
            throw new IllegalArgumentException("No account holds two products: nothing to evaluate");
        }
        return new Report(matrix.accounts(), evaluated, k, (double) itemItemHits / evaluated,
                (double) baselineHits / evaluated);
    }
}
