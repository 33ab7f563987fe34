package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.scoring.Behaviours;
import dev.bankstream.scoring.rules.RuleBook;

/** Behaviour rules score every account, borrower or not, with or without a model in service. */
class RuleFlagTest {

    private static final LocalDate DAY = LocalDate.of(1995, 3, 1);

    private ScoringHarness harness;

    @BeforeEach
    void start() {
        harness = new ScoringHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aNegativeBalanceAndSanctionInterestRaiseRuleFlagsWithTheirReasons() {
        // Given an account that went below zero on 6 days and was charged sanction interest twice
        AccountBehaviour.Builder troubled = Behaviours.ordinary(20, DAY)
                .setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                .setNegativeBalanceDays(6);
        Behaviours.withKind(troubled, TransactionKind.SANCTION_INTEREST, TransactionDirection.DEBIT,
                Behaviours.flows(1, 25, 2, 50, 2, 50));

        // When its snapshot is scored
        harness.send(troubled.build());

        // Then one flag per rule, from the rule book, with the levels the file gives and the explanation in words
        List<RiskFlag> flags = harness.flags.readValuesToList();
        assertThat(flags).extracting(RiskFlag::getKind, RiskFlag::getLevel).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("NEGATIVE_BALANCE_DAYS", RiskLevel.MEDIUM),
                org.assertj.core.groups.Tuple.tuple("SANCTION_INTEREST", RiskLevel.HIGH));
        assertThat(flags).allSatisfy(flag -> {
            assertThat(flag.getSource()).isEqualTo(FlagSource.RULE);
            assertThat(flag.getModelName()).isEqualTo(RuleBook.MODEL_NAME);
            assertThat(flag.getModelVersion()).isEqualTo(RuleBook.defaults().version());
            assertThat(flag.getEventDate()).isEqualTo(DAY);
            assertThat(flag.getReasons()).hasSize(1);
        });
        assertThat(flags).filteredOn(flag -> flag.getKind().equals("NEGATIVE_BALANCE_DAYS")).first()
                .satisfies(flag -> assertThat(flag.getReasons().get(0).getExplanation()).contains("below 0"));
        assertThat(harness.counter("bankstream.scoring.flags", "kind", "SANCTION_INTEREST", "source", "RULE"))
                .isEqualTo(1);
    }

    @Test
    void theSameTroubleOnTheNextDayRaisesNothingNew() {
        // Given an account flagged for a negative balance
        AccountBehaviour first = Behaviours.ordinary(21, DAY)
                .setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                .setNegativeBalanceDays(6).build();
        harness.send(first);

        // When the next day looks the same
        harness.send(AccountBehaviour.newBuilder(first).setAsOfDate(DAY.plusDays(1)).build());

        // Then still one flag
        assertThat(harness.flagsFor(21, "NEGATIVE_BALANCE_DAYS")).hasSize(1);
    }

    @Test
    void rulesFromAnOperatorsFileReplaceTheShippedOnes() {
        // Given a rule book with one rule of the operator's own
        try (ScoringHarness custom = new ScoringHarness(RuleBook.parse("""
                rule.LOW_BALANCE.measure = balance.current
                rule.LOW_BALANCE.levels = LOW >= -100000
                rule.LOW_BALANCE.reset-below = -200000
                rule.LOW_BALANCE.explanation = Balance is {value}
                """))) {
            // When any account is scored
            custom.send(Behaviours.ordinary(22, DAY).build());

            // Then only that rule speaks
            assertThat(custom.flags.readValuesToList()).extracting(RiskFlag::getKind).containsExactly("LOW_BALANCE");
        }
    }
}
