package dev.bankstream.segment.topology;

import static dev.bankstream.segment.Behaviours.card;
import static dev.bankstream.segment.Behaviours.order;
import static dev.bankstream.segment.topology.Customers.POWER_USER;
import static dev.bankstream.segment.topology.Customers.START;
import static dev.bankstream.segment.topology.Customers.YOUNG_CITY_WOMAN;
import static dev.bankstream.segment.topology.Customers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Offer;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.ProductOffer;

class OfferTopologyTest {

    @Test
    void holdingsThatChangeAreOfferedForAndUnchangedHoldingsAreNot() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account with a classic card
            harness.send(snapshot(1, START, POWER_USER, YOUNG_CITY_WOMAN, List.of(card(CardType.CLASSIC)), List.of()));

            // Then it gets offers, none for what it holds, each with a reason
            ProductOffer first = harness.offers.readValue();
            assertThat(first.getModelVersion()).isEqualTo(SegmentHarness.trained().recommender().getVersion());
            assertThat(first.getOffers()).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                    .allSatisfy(offer -> assertThat(offer.getReason()).isNotBlank())
                    .extracting(Offer::getProduct).doesNotContain("CLASSIC_CARD");

            // When a snapshot with the same holdings follows
            harness.send(snapshot(1, START.plusDays(1), POWER_USER, YOUNG_CITY_WOMAN, List.of(card(CardType.CLASSIC)),
                    List.of()));

            // Then nothing is offered again
            assertThat(harness.offers.isEmpty()).isTrue();

            // When it takes out a household standing order
            harness.send(snapshot(1, START.plusDays(2), POWER_USER, YOUNG_CITY_WOMAN, List.of(card(CardType.CLASSIC)),
                    List.of(order(OrderPurpose.HOUSEHOLD, 2_000))));

            // Then fresh offers leave out both products it holds
            ProductOffer refreshed = harness.offers.readValue();
            assertThat(refreshed.getEventDate()).isEqualTo(START.plusDays(2));
            assertThat(refreshed.getOffers()).extracting(Offer::getProduct)
                    .doesNotContain("CLASSIC_CARD", "HOUSEHOLD_ORDER");
            assertThat(harness.counter("bankstream.segment.offers")).isEqualTo(2);
        }
    }

    @Test
    void holdingsSeenBeforeAnyRecommenderAreOfferedForOnceOneIsPublished() {
        try (SegmentHarness harness = new SegmentHarness()) {
            // Given an account's holdings and no recommender yet
            harness.send(snapshot(1, START, POWER_USER, YOUNG_CITY_WOMAN, List.of(card(CardType.GOLD)), List.of()));
            assertThat(harness.offers.isEmpty()).isTrue();
            assertThat(harness.counter("bankstream.segment.offers.awaiting.recommender")).isEqualTo(1);

            // When the recommender is published and the model check runs
            harness.publish(SegmentHarness.trained().recommender());
            harness.letModelCheckRun();

            // Then the account gets its offers once, dated on its snapshot
            List<ProductOffer> offers = harness.offers.readValuesToList();
            assertThat(offers).hasSize(1);
            assertThat(offers.get(0).getEventDate()).isEqualTo(START);
            assertThat(offers.get(0).getOffers()).extracting(Offer::getProduct).doesNotContain("GOLD_CARD");
            harness.letModelCheckRun();
            harness.send(snapshot(1, START.plusDays(1), POWER_USER, YOUNG_CITY_WOMAN, List.of(card(CardType.GOLD)),
                    List.of()));
            assertThat(harness.offers.isEmpty()).isTrue();
        }
    }
}
