package dev.bankstream.segment.recommend;

import dev.bankstream.schemas.Offer;

/**
 * One next-best product for an account.
 *
 * @param score  0..1: the mean item-item similarity to the account's products, or, when the account gives no
 *               evidence, the share of all accounts holding the product
 * @param reason why, with numbers that are true of the data the recommender was fitted on
 */
public record Recommendation(Product product, double score, String reason) {

    public Offer toOffer() {
        return Offer.newBuilder().setProduct(product.name()).setScore(score).setReason(reason).build();
    }
}
