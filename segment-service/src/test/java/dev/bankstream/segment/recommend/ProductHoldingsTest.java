package dev.bankstream.segment.recommend;

import static dev.bankstream.segment.Behaviours.card;
import static dev.bankstream.segment.Behaviours.loan;
import static dev.bankstream.segment.Behaviours.order;
import static dev.bankstream.segment.Behaviours.orders;
import static dev.bankstream.segment.Behaviours.typical;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.OrderPurpose;

class ProductHoldingsTest {

    @Test
    void cardsOrdersAndLoanBecomeProducts() {
        // Given an account with a gold card, a junior card, insurance, household, leasing and plain orders
        var behaviour = typical(1)
                .setCards(new ArrayList<>(List.of(card(CardType.GOLD), card(CardType.JUNIOR))))
                .setStandingOrders(orders(order(OrderPurpose.INSURANCE, 300), order(OrderPurpose.HOUSEHOLD, 2_000),
                        order(OrderPurpose.LEASING, 4_000), order(OrderPurpose.UNSPECIFIED, 100)))
                .build();

        // When / Then: a plain transfer is not a product
        assertThat(Product.heldBy(behaviour)).containsExactly(Product.JUNIOR_CARD, Product.GOLD_CARD,
                Product.INSURANCE_ORDER, Product.HOUSEHOLD_ORDER, Product.LEASING_ORDER);
    }

    @Test
    void loanOrderIsTheLoanItself() {
        // Given one account with a granted loan and its repayment order, another with only the order seen so far
        var withLoan = typical(1).setLoan(loan(3_000)).setStandingOrders(orders(order(OrderPurpose.LOAN, 3_000)));
        var orderOnly = typical(2).setStandingOrders(orders(order(OrderPurpose.LOAN, 3_000)));

        // When / Then both hold exactly one product: the loan
        assertThat(Product.heldBy(withLoan.build())).containsExactly(Product.LOAN);
        assertThat(Product.heldBy(orderOnly.build())).containsExactly(Product.LOAN);
    }

    @Test
    void twmCreditCardIsItsOwnProduct() {
        // Given / When / Then
        assertThat(Product.heldBy(typical(1).setCards(new ArrayList<>(List.of(card(CardType.CREDIT)))).build()))
                .containsExactly(Product.CREDIT_CARD);
    }

    @Test
    void matrixFromSnapshotsKeepsTheLatestPerAccount() {
        // Given an older snapshot with a loan and a newer one without
        var older = typical(1).setLoan(loan(1_000)).setAsOfDate(dev.bankstream.segment.Behaviours.AS_OF.minusDays(5))
                .build();
        var newer = typical(1).build();

        // When
        HoldingsMatrix matrix = HoldingsMatrix.fromSnapshots(List.of(newer, older));

        // Then
        assertThat(matrix.accounts()).isEqualTo(1);
        assertThat(matrix.holdings(0)).isEmpty();
    }
}
