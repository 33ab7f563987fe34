package dev.bankstream.segment.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The baseline a recommender must beat: the most held products the account does not hold yet. */
final class PopularityBaseline {

    private final List<Product> byPopularity;

    PopularityBaseline(ItemItemRecommender fitted) {
        this.byPopularity = fitted.byPopularity();
    }

    List<Product> recommend(Set<Product> held, int limit) {
        List<Product> offers = new ArrayList<>();
        for (Product product : byPopularity) {
            if (offers.size() < limit && !held.contains(product)) {
                offers.add(product);
            }
        }
        return offers;
    }
}
