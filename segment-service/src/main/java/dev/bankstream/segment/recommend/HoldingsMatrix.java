package dev.bankstream.segment.recommend;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.bankstream.schemas.AccountBehaviour;

/** Which account holds which product: the input of the recommender and of its offline evaluation. */
public final class HoldingsMatrix {

    private final int[] masks;

    private HoldingsMatrix(int[] masks) {
        this.masks = masks;
    }

    /** One row per account; which account it is does not matter to co-holding counts. */
    public static HoldingsMatrix of(Map<Long, Set<Product>> holdings) {
        return new HoldingsMatrix(holdings.values().stream().mapToInt(Product::mask).toArray());
    }

    /** Latest snapshot per account; accounts holding nothing count too (they make products look rarer). */
    public static HoldingsMatrix fromSnapshots(Iterable<AccountBehaviour> snapshots) {
        Map<Long, AccountBehaviour> latest = new LinkedHashMap<>();
        for (AccountBehaviour snapshot : snapshots) {
            latest.merge(snapshot.getAccountId(), snapshot,
                    (old, candidate) -> candidate.getAsOfDate().isBefore(old.getAsOfDate()) ? old : candidate);
        }
        Map<Long, Set<Product>> holdings = new LinkedHashMap<>();
        latest.forEach((id, snapshot) -> holdings.put(id, Product.heldBy(snapshot)));
        return of(holdings);
    }

    /** The matrix from one holdings mask per account, as {@link RecommenderPublication} carries it. */
    static HoldingsMatrix ofMasks(int[] masks) {
        return new HoldingsMatrix(masks.clone());
    }

    public int accounts() {
        return masks.length;
    }

    public Set<Product> holdings(int row) {
        return Product.fromMask(masks[row]);
    }

    int mask(int row) {
        return masks[row];
    }

    @Override
    public String toString() {
        return "HoldingsMatrix[" + masks.length + " accounts, " + Arrays.stream(masks).filter(m -> m != 0).count()
                + " holding something]";
    }
}
