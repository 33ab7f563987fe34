package dev.bankstream.segment.recommend;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.bankstream.schemas.ProductOffer;

/**
 * Item-item collaborative filtering on the binary account × product matrix.
 *
 * <ul>
 * <li>Similarity of two products is the cosine of their holder columns: co-holders / √(holders₁ · holders₂).</li>
 * <li>A product's score for an account is its mean similarity to the products the account holds; products
 * already held are never offered, nor are products with score 0 (nothing links them to the account).</li>
 * <li>The reason names the held product most similar to the offer and says what share of its holders also hold
 * the offer: "Held by 62% of accounts that, like yours, have a classic card (412 of 664)".</li>
 * <li>When fewer products than asked for have a positive score (an account holding nothing, for one), the rest
 * are the most popular products not held, with their share of all accounts as score and reason.</li>
 * </ul>
 */
public final class ItemItemRecommender {

    private final int accounts;
    private final int[] holders;
    private final int[][] coHolders;
    private final double[][] similarity;
    private final String version;

    private ItemItemRecommender(int accounts, int[] holders, int[][] coHolders, String version) {
        int n = holders.length;
        this.accounts = accounts;
        this.holders = holders;
        this.coHolders = coHolders;
        this.similarity = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                similarity[a][b] = a == b || holders[a] == 0 || holders[b] == 0 ? 0
                        : coHolders[a][b] / Math.sqrt((double) holders[a] * holders[b]);
            }
        }
        this.version = version;
    }

    public static ItemItemRecommender fit(HoldingsMatrix matrix) {
        int n = Product.all().length;
        int[] holders = new int[n];
        int[][] coHolders = new int[n][n];
        for (int row = 0; row < matrix.accounts(); row++) {
            int mask = matrix.mask(row);
            for (int a = 0; a < n; a++) {
                if ((mask & (1 << a)) == 0) {
                    continue;
                }
                holders[a]++;
                for (int b = 0; b < n; b++) {
                    if (b != a && (mask & (1 << b)) != 0) {
                        coHolders[a][b]++;
                    }
                }
            }
        }
        return new ItemItemRecommender(matrix.accounts(), holders, coHolders,
                "item-item-" + matrix.accounts() + "-" + digest(holders, coHolders));
    }

    /**
     * This recommender as if one account had not held {@code hidden}: the leave-one-out view used by the offline
     * evaluation, so the product being guessed never counts as evidence for itself.
     *
     * @param stillHeld what the account holds besides the hidden product
     */
    ItemItemRecommender withoutHolding(Set<Product> stillHeld, Product hidden) {
        int[] holdersLeft = holders.clone();
        int[][] coHoldersLeft = new int[coHolders.length][];
        for (int a = 0; a < coHolders.length; a++) {
            coHoldersLeft[a] = coHolders[a].clone();
        }
        int h = hidden.ordinal();
        holdersLeft[h]--;
        for (Product other : stillHeld) {
            coHoldersLeft[h][other.ordinal()]--;
            coHoldersLeft[other.ordinal()][h]--;
        }
        return new ItemItemRecommender(accounts, holdersLeft, coHoldersLeft, version);
    }

    /** Content-derived: the same holdings give the same version. */
    public String version() {
        return version;
    }

    public double similarity(Product a, Product b) {
        return similarity[a.ordinal()][b.ordinal()];
    }

    public int holders(Product product) {
        return holders[product.ordinal()];
    }

    public int coHolders(Product a, Product b) {
        return coHolders[a.ordinal()][b.ordinal()];
    }

    /** Best first, never a product in {@code held}; at most {@code limit}. */
    public List<Recommendation> recommend(Set<Product> held, int limit) {
        int heldMask = Product.mask(held);
        List<Recommendation> offers = new ArrayList<>();
        for (Product candidate : Product.all()) {
            if ((heldMask & candidate.bit()) != 0) {
                continue;
            }
            double sum = 0;
            Product anchor = null;
            for (Product owned : held) {
                double s = similarity(owned, candidate);
                sum += s;
                if (s > 0 && (anchor == null || s > similarity(anchor, candidate))) {
                    anchor = owned;
                }
            }
            if (anchor != null) {
                offers.add(new Recommendation(candidate, sum / held.size(), becauseOf(anchor, candidate)));
            }
        }
        offers.sort(Comparator.comparingDouble(Recommendation::score).reversed()
                .thenComparingInt(r -> -holders(r.product())));
        List<Recommendation> best = new ArrayList<>(offers.subList(0, Math.min(limit, offers.size())));
        for (Product popular : byPopularity()) {
            if (best.size() >= limit) {
                break;
            }
            boolean taken = best.stream().anyMatch(r -> r.product() == popular);
            if ((heldMask & popular.bit()) == 0 && !taken && holders(popular) > 0) {
                double share = (double) holders(popular) / accounts;
                best.add(new Recommendation(popular, share, String.format(Locale.ROOT,
                        "Held by %d%% of all accounts (%d of %d)", percent(share), holders(popular), accounts)));
            }
        }
        return List.copyOf(best);
    }

    /** The offers record for an account, as published on offers.recommendations. */
    public ProductOffer offer(long accountId, LocalDate eventDate, Set<Product> held, int limit) {
        return ProductOffer.newBuilder()
                .setAccountId(accountId)
                .setEventDate(eventDate)
                .setModelVersion(version)
                .setOffers(recommend(held, limit).stream().map(Recommendation::toOffer).toList())
                .build();
    }

    private String becauseOf(Product anchor, Product candidate) {
        int both = coHolders(anchor, candidate);
        int anchorHolders = holders(anchor);
        return String.format(Locale.ROOT, "Held by %d%% of accounts that, like yours, have %s (%d of %d)",
                percent((double) both / anchorHolders), anchor.phrase(), both, anchorHolders);
    }

    /** Most held first; the product order breaks ties so that offers are deterministic. */
    List<Product> byPopularity() {
        List<Product> products = new ArrayList<>(List.of(Product.all()));
        products.sort(Comparator.comparingInt((Product p) -> -holders(p)).thenComparing(Product::ordinal));
        return products;
    }

    static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    private static String digest(int[] holders, int[][] coHolders) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES);
            for (int count : holders) {
                sha.update(buffer.clear().putInt(count).array());
            }
            for (int[] row : coHolders) {
                for (int count : row) {
                    sha.update(buffer.clear().putInt(count).array());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
