package dev.bankstream.segment.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.model.InvalidModelException;

class RecommenderPublicationTest {

    private static HoldingsMatrix holdings() {
        Map<Long, Set<Product>> holdings = new LinkedHashMap<>();
        for (long account = 0; account < 90; account++) {
            Set<Product> held = EnumSet.of(Product.CLASSIC_CARD);
            if (account % 3 == 0) {
                held.add(Product.HOUSEHOLD_ORDER);
            }
            if (account % 5 == 0) {
                held.add(Product.LOAN);
            }
            holdings.put(account, held);
        }
        return HoldingsMatrix.of(holdings);
    }

    @Test
    void publishedRecommenderReadsBackToTheSameOffers() {
        // Given a recommender published from the accounts' holdings
        HoldingsMatrix matrix = holdings();
        PublishedModel published = RecommenderPublication.publish(matrix, "test holdings", Instant.EPOCH);

        // When it is read back
        ItemItemRecommender read = RecommenderPublication.read(published);

        // Then it is the same recommender: same version, same offers with the same reasons
        ItemItemRecommender fitted = ItemItemRecommender.fit(matrix);
        assertThat(published.getName()).isEqualTo(RecommenderPublication.MODEL_NAME);
        assertThat(read.version()).isEqualTo(fitted.version()).isEqualTo(published.getVersion());
        Set<Product> held = EnumSet.of(Product.CLASSIC_CARD);
        assertThat(read.recommend(held, 3)).isEqualTo(fitted.recommend(held, 3));
    }

    @Test
    void tamperedPayloadIsRefused() {
        // Given a published recommender whose payload changed after its hash was taken
        PublishedModel published = RecommenderPublication.publish(holdings(), "test holdings", Instant.EPOCH);
        byte[] payload = published.getPayload().array().clone();
        payload[payload.length - 1] ^= 1;
        published.setPayload(ByteBuffer.wrap(payload));

        // When / Then
        assertThatThrownBy(() -> RecommenderPublication.read(published)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("SHA-256");
    }
}
