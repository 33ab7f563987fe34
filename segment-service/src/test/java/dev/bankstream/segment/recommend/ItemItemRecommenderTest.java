package dev.bankstream.segment.recommend;

import static dev.bankstream.segment.recommend.Product.CLASSIC_CARD;
import static dev.bankstream.segment.recommend.Product.GOLD_CARD;
import static dev.bankstream.segment.recommend.Product.HOUSEHOLD_ORDER;
import static dev.bankstream.segment.recommend.Product.LOAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.ProductOffer;

class ItemItemRecommenderTest {

    /**
     * Six accounts. Holders: loan 4, gold 2, classic 2, household 3. Co-holders: loan+gold 2, loan+classic 1,
     * loan+household 1, classic+household 2, gold with classic or household 0.
     */
    private static final Map<Long, Set<Product>> HOLDINGS = new LinkedHashMap<>();

    static {
        HOLDINGS.put(1L, EnumSet.of(LOAN, GOLD_CARD));
        HOLDINGS.put(2L, EnumSet.of(LOAN, GOLD_CARD));
        HOLDINGS.put(3L, EnumSet.of(LOAN));
        HOLDINGS.put(4L, EnumSet.of(CLASSIC_CARD, HOUSEHOLD_ORDER));
        HOLDINGS.put(5L, EnumSet.of(CLASSIC_CARD, HOUSEHOLD_ORDER, LOAN));
        HOLDINGS.put(6L, EnumSet.of(HOUSEHOLD_ORDER));
    }

    private final ItemItemRecommender recommender = ItemItemRecommender.fit(HoldingsMatrix.of(HOLDINGS));

    @Test
    void similaritiesAreCosinesOfHolderColumns() {
        // Given the hand-made matrix; When / Then
        assertThat(recommender.similarity(LOAN, GOLD_CARD)).isCloseTo(2 / Math.sqrt(4 * 2), within(1e-12));
        assertThat(recommender.similarity(LOAN, CLASSIC_CARD)).isCloseTo(1 / Math.sqrt(4 * 2), within(1e-12));
        assertThat(recommender.similarity(LOAN, HOUSEHOLD_ORDER)).isCloseTo(1 / Math.sqrt(4 * 3), within(1e-12));
        assertThat(recommender.similarity(CLASSIC_CARD, HOUSEHOLD_ORDER)).isCloseTo(2 / Math.sqrt(2 * 3),
                within(1e-12));
        assertThat(recommender.similarity(GOLD_CARD, HOUSEHOLD_ORDER)).isZero();
        assertThat(recommender.similarity(HOUSEHOLD_ORDER, CLASSIC_CARD))
                .isEqualTo(recommender.similarity(CLASSIC_CARD, HOUSEHOLD_ORDER));
        assertThat(recommender.similarity(LOAN, LOAN)).isZero();
    }

    @Test
    void offersExcludeHeldProductsAndRankByMeanSimilarity() {
        // Given an account with a loan and a classic card
        // When
        List<Recommendation> offers = recommender.recommend(EnumSet.of(LOAN, CLASSIC_CARD), 3);

        // Then household (mean of 0.816 and 0.289) comes before gold (mean of 0 and 0.707); held ones never appear
        assertThat(offers).extracting(Recommendation::product).containsExactly(HOUSEHOLD_ORDER, GOLD_CARD);
        assertThat(offers.get(0).score()).isCloseTo((2 / Math.sqrt(6) + 1 / Math.sqrt(12)) / 2, within(1e-12));
        assertThat(offers.get(1).score()).isCloseTo((2 / Math.sqrt(8)) / 2, within(1e-12));
        assertThat(offers.get(0).reason())
                .isEqualTo("Held by 100% of accounts that, like yours, have a classic card (2 of 2)");
        assertThat(offers.get(1).reason()).isEqualTo("Held by 50% of accounts that, like yours, have a loan (2 of 4)");
    }

    @Test
    void percentageInEveryReasonIsTrueOfTheData() {
        // Given every account of the matrix
        Pattern numbers = Pattern.compile("Held by (\\d+)% of accounts that, like yours, have (.+) \\((\\d+) of (\\d+)\\)");
        for (Set<Product> held : HOLDINGS.values()) {
            // When offers are made
            for (Recommendation offer : recommender.recommend(held, 3)) {
                Matcher matcher = numbers.matcher(offer.reason());
                if (!matcher.matches()) {
                    continue;
                }
                // Then counting the matrix gives the same numbers
                Product anchor = List.of(Product.values()).stream()
                        .filter(p -> p.phrase().equals(matcher.group(2))).findFirst().orElseThrow();
                long anchorHolders = HOLDINGS.values().stream().filter(h -> h.contains(anchor)).count();
                long both = HOLDINGS.values().stream()
                        .filter(h -> h.contains(anchor) && h.contains(offer.product())).count();
                assertThat(held).contains(anchor);
                assertThat(Long.parseLong(matcher.group(3))).isEqualTo(both);
                assertThat(Long.parseLong(matcher.group(4))).isEqualTo(anchorHolders);
                assertThat(Integer.parseInt(matcher.group(1))).isEqualTo(Math.round(100.0 * both / anchorHolders));
            }
        }
    }

    @Test
    void accountWithoutProductsGetsTheMostPopularWithTheirShare() {
        // Given an account holding nothing; When
        List<Recommendation> offers = recommender.recommend(EnumSet.noneOf(Product.class), 3);

        // Then loan (4 of 6), household (3 of 6), then classic before gold (2 each: product order breaks the tie)
        assertThat(offers).extracting(Recommendation::product).containsExactly(LOAN, HOUSEHOLD_ORDER, CLASSIC_CARD);
        assertThat(offers.get(0).score()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(offers.get(0).reason()).isEqualTo("Held by 67% of all accounts (4 of 6)");
    }

    @Test
    void offersMapToTheContractRecord() {
        // Given / When
        ProductOffer offer = recommender.offer(5, LocalDate.of(1997, 3, 1), EnumSet.of(LOAN), 3);

        // Then
        assertThat(offer.getModelVersion()).isEqualTo(recommender.version()).startsWith("item-item-6-");
        assertThat(offer.getOffers()).extracting(o -> o.getProduct())
                .containsExactly("GOLD_CARD", "CLASSIC_CARD", "HOUSEHOLD_ORDER");
        assertThat(offer.getOffers().get(0).getScore()).isBetween(0.0, 1.0);
    }
}
