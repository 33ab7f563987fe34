package dev.bankstream.segment.recommend;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.StandingOrderHeld;

/**
 * What the bank can offer, as far as a behaviour snapshot shows it is held.
 *
 * <ul>
 * <li>LOAN: a granted loan, or a LOAN-purpose standing order. In Berka every loan is repaid by such an order
 * (717 orders on the 682 loan accounts), so the order is the loan, not a product of its own.</li>
 * <li>Cards by type. CREDIT_CARD is the twm credit-card account; Berka has none.</li>
 * <li>Standing orders by purpose: insurance, household (SIPO) and leasing payments are arrangements the bank
 * sets up and can propose. UNSPECIFIED orders are plain transfers and are not a product.</li>
 * </ul>
 */
public enum Product {
    LOAN("a loan"),
    JUNIOR_CARD("a junior card"),
    CLASSIC_CARD("a classic card"),
    GOLD_CARD("a gold card"),
    CREDIT_CARD("a credit card"),
    INSURANCE_ORDER("an insurance standing order"),
    HOUSEHOLD_ORDER("a household payments standing order"),
    LEASING_ORDER("a leasing standing order");

    private static final Product[] ALL = values();

    private final String phrase;

    Product(String phrase) {
        this.phrase = phrase;
    }

    /** The product in a sentence: "a classic card". */
    public String phrase() {
        return phrase;
    }

    int bit() {
        return 1 << ordinal();
    }

    static Product[] all() {
        return ALL;
    }

    /** The products an account holds according to its latest snapshot. */
    public static Set<Product> heldBy(AccountBehaviour behaviour) {
        Set<Product> held = EnumSet.noneOf(Product.class);
        if (behaviour.getLoan() != null) {
            held.add(LOAN);
        }
        List<CardHeld> cards = behaviour.getCards();
        for (CardHeld card : cards) {
            switch (card.getCardType()) {
                case JUNIOR -> held.add(JUNIOR_CARD);
                case CLASSIC -> held.add(CLASSIC_CARD);
                case GOLD -> held.add(GOLD_CARD);
                case CREDIT -> held.add(CREDIT_CARD);
            }
        }
        for (StandingOrderHeld order : behaviour.getStandingOrders()) {
            switch (order.getPurpose()) {
                case LOAN -> held.add(LOAN);
                case INSURANCE -> held.add(INSURANCE_ORDER);
                case HOUSEHOLD -> held.add(HOUSEHOLD_ORDER);
                case LEASING -> held.add(LEASING_ORDER);
                case UNSPECIFIED -> {
                    // a plain transfer, not something the bank sells
                }
            }
        }
        return held;
    }

    static int mask(Set<Product> products) {
        int mask = 0;
        for (Product product : products) {
            mask |= product.bit();
        }
        return mask;
    }

    static Set<Product> fromMask(int mask) {
        Set<Product> products = EnumSet.noneOf(Product.class);
        for (Product product : ALL) {
            if ((mask & product.bit()) != 0) {
                products.add(product);
            }
        }
        return products;
    }
}
