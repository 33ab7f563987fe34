package dev.bankstream.scoring.value;

import static dev.bankstream.scoring.Behaviours.balance;
import static dev.bankstream.scoring.Behaviours.flows;
import static dev.bankstream.scoring.Behaviours.ordinary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.bankstream.scoring.Behaviours;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.schemas.StandingOrderHeld;

class ValueScorerTest {

    private static final LocalDate DAY = LocalDate.of(1997, 12, 31);
    private final ValueScorer scorer = new ValueScorer(ValueSettings.defaults());

    @Test
    void marginAddsDepositFeesAndLoanInterestAndSubtractsServiceCost() {
        // Given an account averaging 29,000 over a full year, 360 in fees, 30 transactions in 90 days,
        // a card, a standing order and a loan of 120,000 over 24 months at 5,500 a month
        AccountBehaviour customer = ordinary(1, DAY)
                .setCredits(flows(2, 20_000, 6, 60_000, 24, 240_000))
                .setDebits(flows(8, 19_000, 24, 60_000, 96, 240_000))
                .setCards(List.of(new CardHeld(CardType.CLASSIC, DAY.minusYears(1))))
                .setStandingOrders(List.of(new StandingOrderHeld(OrderPurpose.HOUSEHOLD, 3_000.0)))
                .setLoan(Behaviours.loan(9, DAY.minusMonths(6), 120_000, 24, 5_500, 0.27))
                .build();

        // When its value is scored
        ValueScore value = scorer.score(customer);

        // Then each part follows the documented formula
        assertThat(value.depositMargin()).isCloseTo(29_000 * 0.02 / 12, within(1e-9));
        assertThat(value.fees()).isCloseTo(360 / (365 / (365.25 / 12)), within(1e-9));
        assertThat(value.loanInterest()).isCloseTo(5_500 - 120_000 / 24.0, within(1e-9));
        assertThat(value.serviceCost()).isCloseTo(30 / (90 / (365.25 / 12)) * 2, within(1e-9));
        assertThat(value.monthlyMargin()).isCloseTo(
                value.depositMargin() + value.fees() + value.loanInterest() - value.serviceCost(), within(1e-9));
        assertThat(value.score()).isCloseTo(value.monthlyMargin() / (value.monthlyMargin() + 150), within(1e-12));
        assertThat(value.score()).isGreaterThan(0.5);
        assertThat(value.productsHeld()).isEqualTo(4);
    }

    @Test
    void overdrawnBusyAccountWithoutProductsIsWorthNothing() {
        // Given an account with a negative average balance, no fees and many transactions
        AccountBehaviour overdrawn = ordinary(2, DAY)
                .setBalance365d(balance(-20_000, -5_000, -9_000, 4_000, 365))
                .setByKind(List.of())
                .setDebits(flows(30, 20_000, 90, 60_000, 360, 240_000))
                .build();

        // When scored, then its margin is negative and its score 0
        ValueScore value = scorer.score(overdrawn);
        assertThat(value.depositMargin()).isZero();
        assertThat(value.monthlyMargin()).isNegative();
        assertThat(value.score()).isZero();
        assertThat(value.productsHeld()).isEqualTo(1);
    }

    @Test
    void youngAccountIsJudgedOnTheMonthsItExists() {
        // Given an account opened 45 days ago with 90 CZK of fees
        AccountBehaviour young = ordinary(3, DAY)
                .setBalance365d(balance(5_000, 10_000, 8_000, 1_000, 45))
                .setBalance90d(balance(5_000, 10_000, 8_000, 1_000, 45))
                .setByKind(List.of(Behaviours.kind(dev.bankstream.schemas.TransactionKind.STATEMENT_FEE,
                        dev.bankstream.schemas.TransactionDirection.DEBIT, flows(1, 30, 3, 90, 3, 90))))
                .build();

        // Then fees are spread over 1.5 months, not 12
        assertThat(scorer.score(young).fees()).isCloseTo(90 / (45 / (365.25 / 12)), within(1e-9));
    }

    @Test
    void quadrantCrossesValueWithTheHighestActiveFlag() {
        ValueSettings settings = ValueSettings.defaults();
        ValueScore valuable = new ValueScore(300, 0.67, 0, 0, 0, 0, 2);
        ValueScore marginal = new ValueScore(20, 0.12, 0, 0, 0, 0, 1);

        assertThat(RiskValueQuadrant.of(valuable, Optional.empty(), settings))
                .isEqualTo(RiskValueQuadrant.VALUABLE_LOW_RISK);
        assertThat(RiskValueQuadrant.of(valuable, Optional.of(RiskLevel.LOW), settings))
                .isEqualTo(RiskValueQuadrant.VALUABLE_LOW_RISK);
        assertThat(RiskValueQuadrant.of(valuable, Optional.of(RiskLevel.HIGH), settings))
                .isEqualTo(RiskValueQuadrant.VALUABLE_HIGH_RISK);
        assertThat(RiskValueQuadrant.of(marginal, Optional.empty(), settings))
                .isEqualTo(RiskValueQuadrant.MARGINAL_LOW_RISK);
        assertThat(RiskValueQuadrant.of(marginal, Optional.of(RiskLevel.MEDIUM), settings))
                .isEqualTo(RiskValueQuadrant.MARGINAL_HIGH_RISK);
        assertThat(RiskValueQuadrant.MARGINAL_HIGH_RISK.action).isEqualTo("limit exposure");
    }
}
