package dev.bankstream.scoring.rules;

import static dev.bankstream.scoring.Behaviours.balance;
import static dev.bankstream.scoring.Behaviours.flows;
import static dev.bankstream.scoring.Behaviours.ordinary;
import static dev.bankstream.scoring.Behaviours.withKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.bankstream.scoring.Behaviours;
import dev.bankstream.scoring.features.BehaviourMeasures;
import dev.bankstream.scoring.flags.FlagDecider;
import dev.bankstream.scoring.flags.FlagDecision;
import dev.bankstream.scoring.flags.FlagState;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;

class RuleBookTest {

    private static final LocalDate DAY = LocalDate.of(1996, 6, 30);
    private static final RuleBook RULES = RuleBook.defaults();

    @Test
    void shippedRuleBookHasTheFourRules() {
        assertThat(RULES.rules()).extracting(BehaviourRule::kind).containsExactly("INCOME_STOPPED",
                "NEGATIVE_BALANCE_DAYS", "SANCTION_INTEREST", "UNUSUAL_CASH_WITHDRAWAL");
        assertThat(RULES.version()).hasSize(12);
    }

    @Test
    void ordinaryAccountTriggersNoRule() {
        // Given a salaried account that never went negative
        AccountBehaviour ordinary = ordinary(1, DAY).build();

        // Then no rule reaches a level (the cash rule measures an ordinary 2 x average)
        assertThat(RULES.evaluate(ordinary)).allSatisfy(finding -> assertThat(finding.level()).isEmpty());
    }

    @Test
    void negativeBalanceDays() {
        // Given an account that ended 12 days below 0, one of them in the last 30 days
        AccountBehaviour overdrawn = ordinary(2, DAY)
                .setBalance30d(balance(-2_000, 5_000, 1_000, 3_000, 30))
                .setNegativeBalanceDays(12)
                .build();

        // When the rule is evaluated
        RuleFinding finding = finding("NEGATIVE_BALANCE_DAYS", overdrawn);

        // Then it scores the 12 days at HIGH, in words
        assertThat(finding.score()).isEqualTo(12);
        assertThat(level(finding)).isEqualTo(RiskLevel.HIGH);
        Reason reason = finding.reasons().get(0);
        assertThat(reason.getCode()).isEqualTo("NEGATIVE_BALANCE_DAYS");
        assertThat(reason.getFeature()).isEqualTo("negativeBalanceDays");
        assertThat(reason.getValue()).isEqualTo(12);
        assertThat(reason.getContribution()).isEqualTo(1.0);
        assertThat(reason.getExplanation()).isEqualTo("Balance fell below 0 in the last 30 days (lowest CZK -2,000);"
                + " 12 days with a negative balance since the account opened");

        // And once the last 30 days are back above 0, the rule no longer applies
        assertThat(finding("NEGATIVE_BALANCE_DAYS", ordinary(2, DAY).setNegativeBalanceDays(12).build()).applies())
                .isFalse();
    }

    @Test
    void sanctionInterest() {
        // Given sanction interest charged once in the last 30 days and twice in 90
        AccountBehaviour charged = withKind(ordinary(3, DAY), TransactionKind.SANCTION_INTEREST,
                TransactionDirection.DEBIT, flows(1, 45, 2, 90, 3, 135)).build();

        // When the rule is evaluated
        RuleFinding finding = finding("SANCTION_INTEREST", charged);

        // Then it counts the 90-day charges
        assertThat(finding.score()).isEqualTo(2);
        assertThat(level(finding)).isEqualTo(RiskLevel.HIGH);
        assertThat(finding.reasons().get(0).getExplanation())
                .isEqualTo("Sanction interest charged in the last 30 days (CZK 45); 2 charges in the last 90 days");

        // And charges older than 30 days alone do not trigger it
        AccountBehaviour earlier = withKind(ordinary(3, DAY), TransactionKind.SANCTION_INTEREST,
                TransactionDirection.DEBIT, flows(0, 0, 2, 90, 3, 135)).build();
        assertThat(finding("SANCTION_INTEREST", earlier).applies()).isFalse();
    }

    @Test
    void incomeStopped() {
        // Given an account with a salary every month of the year but none in the last 30 days, nothing in for 1.6 months
        AccountBehaviour stopped = withKind(ordinary(4, DAY), TransactionKind.SALARY_OR_TRANSFER_IN,
                TransactionDirection.CREDIT, flows(0, 0, 2, 40_000, 12, 240_000))
                .setMonthsSinceLastCredit(1.6)
                .build();

        // When the rule is evaluated
        RuleFinding finding = finding("INCOME_STOPPED", stopped);

        // Then it scores the months without income
        assertThat(finding.score()).isEqualTo(1.6);
        assertThat(level(finding)).isEqualTo(RiskLevel.MEDIUM);
        assertThat(finding.reasons().get(0).getExplanation()).isEqualTo("No salary or pension in the last 30 days"
                + " after 12 salary and 0 pension payments in the year; nothing has come in for 1.6 months");

        // And an account that never had a regular income is not "stopped"
        AccountBehaviour neverPaid = withKind(ordinary(4, DAY), TransactionKind.SALARY_OR_TRANSFER_IN,
                TransactionDirection.CREDIT, flows(0, 0, 0, 0, 1, 5_000)).setMonthsSinceLastCredit(5.0).build();
        assertThat(finding("INCOME_STOPPED", neverPaid).applies()).isFalse();
    }

    @Test
    void unusualCashWithdrawal() {
        // Given cash withdrawals averaging 2,000 over the year and one of 30,000 this month
        AccountBehaviour unusual = withKind(ordinary(5, DAY), TransactionKind.CASH_WITHDRAWAL,
                TransactionDirection.DEBIT, new WindowedFlows(new FlowStats(3, 34_000.0, 11_333.0, 30_000.0),
                        new FlowStats(10, 48_000.0, 4_800.0, 30_000.0), new FlowStats(40, 80_000.0, 2_000.0, 30_000.0)))
                .build();

        // When the rule is evaluated
        RuleFinding finding = finding("UNUSUAL_CASH_WITHDRAWAL", unusual);

        // Then the ratio is 15 and CRITICAL
        assertThat(finding.score()).isEqualTo(15);
        assertThat(level(finding)).isEqualTo(RiskLevel.CRITICAL);
        assertThat(finding.reasons().get(0).getFeature())
                .isEqualTo("cashWithdrawal.max.30d / cashWithdrawal.mean.365d");
        assertThat(finding.reasons().get(0).getExplanation()).isEqualTo("Largest cash withdrawal in the last 30 days"
                + " (CZK 30,000) is 15 times the account's average cash withdrawal over 365 days (CZK 2,000)");

        // And an account without enough cash history has no average to compare with
        AccountBehaviour newcomer = withKind(ordinary(5, DAY), TransactionKind.CASH_WITHDRAWAL,
                TransactionDirection.DEBIT, new WindowedFlows(new FlowStats(1, 30_000.0, 30_000.0, 30_000.0),
                        new FlowStats(1, 30_000.0, 30_000.0, 30_000.0), new FlowStats(2, 31_000.0, 15_500.0, 30_000.0)))
                .build();
        assertThat(finding("UNUSUAL_CASH_WITHDRAWAL", newcomer).applies()).isFalse();
    }

    @Test
    void findingsFeedTheRulesFlagDeciderAndBecomeRiskFlags() {
        // Given the sanction-interest rule and an account charged once, then twice more
        BehaviourRule rule = finding("SANCTION_INTEREST", ordinary(8, DAY).build()).rule();
        FlagDecider decider = rule.decider();
        AccountBehaviour once = withKind(ordinary(8, DAY), TransactionKind.SANCTION_INTEREST,
                TransactionDirection.DEBIT, flows(1, 45, 1, 45, 1, 45)).build();
        AccountBehaviour thrice = withKind(ordinary(8, DAY.plusDays(60)), TransactionKind.SANCTION_INTEREST,
                TransactionDirection.DEBIT, flows(1, 45, 3, 135, 3, 135)).build();

        // When the findings pass through the rule's flag decider
        RuleFinding first = rule.evaluate(once);
        FlagDecision decision = decider.decide(FlagState.INITIAL, first.score());
        RuleFinding third = rule.evaluate(thrice);
        FlagDecision escalation = decider.decide(decision.next(), third.score());

        // Then a MEDIUM flag is raised, then a CRITICAL one naming MEDIUM as the level before
        RiskFlag flag = RiskFlags.of(8, rule.kind(), FlagSource.RULE, first.score(), decision.raise().orElseThrow(),
                first.reasons(), RuleBook.MODEL_NAME, RULES.version(), DAY, Instant.EPOCH);
        assertThat(flag.getKind()).isEqualTo("SANCTION_INTEREST");
        assertThat(flag.getLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(flag.getReasons()).hasSize(1);
        assertThat(escalation.raise().orElseThrow().level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(escalation.raise().orElseThrow().previousLevel()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void everyMeasureIsDescribedAndReadable() {
        // Given an ordinary account with a loan
        AccountBehaviour account = ordinary(9, DAY)
                .setLoan(Behaviours.loan(1, DAY, 50_000, 12, 4_500, 0.2)).build();

        // Then every measure of the vocabulary has a plain description and reads without failing
        assertThat(BehaviourMeasures.all()).hasSizeGreaterThan(200).allSatisfy(measure -> {
            assertThat(measure.description()).isNotBlank();
            assertThat(measure.read(account)).isNotNull();
        });
        assertThat(BehaviourMeasures.kindName(TransactionKind.SALARY_OR_TRANSFER_IN)).isEqualTo("salaryOrTransferIn");
    }

    @Test
    void operatorCanAddAndTuneRulesWithoutCode() {
        // Given a rule book text with a new rule and a disabled one
        RuleBook book = RuleBook.parse("""
                rule.LOW_SAVINGS.measure = -(balance.mean.90d - 2 * standingOrders.monthlyTotal) / 1000
                rule.LOW_SAVINGS.when = balance.mean.90d < 5000 and cards.count >= 0
                rule.LOW_SAVINGS.levels = LOW >= 0, HIGH >= 3
                rule.LOW_SAVINGS.reset-below = -1
                rule.LOW_SAVINGS.explanation = Average balance {balance.mean.90d} is {value} thousand short
                rule.SANCTION_INTEREST.measure = sanctionInterest.count.90d
                rule.SANCTION_INTEREST.levels = HIGH >= 1
                rule.SANCTION_INTEREST.explanation = unused
                rule.SANCTION_INTEREST.enabled = false
                """);
        AccountBehaviour poor = ordinary(6, DAY).setBalance90d(balance(-1_000, 1_000, 500, 500, 90)).build();

        // When evaluated
        RuleFinding finding = book.evaluate(poor).get(0);

        // Then only the enabled rule is loaded and it measures as written
        assertThat(book.rules()).extracting(BehaviourRule::kind).containsExactly("LOW_SAVINGS");
        assertThat(finding.score()).isEqualTo(-1.0);
        assertThat(finding.rule().policy().resetBelow()).isEqualTo(-1);
        assertThat(finding.rule().policy().levels().levelOf(3.5)).contains(RiskLevel.HIGH);
        assertThat(finding.reasons().get(0).getExplanation())
                .isEqualTo("Average balance CZK 1,000 is -1 thousand short");
        assertThat(book.version()).isNotEqualTo(RULES.version());
    }

    @Test
    void mistakesStopTheRuleBookWithTheKeyAndTheProblem() {
        assertThatThrownBy(() -> RuleBook.parse(rule("X", "balance.minimum.30d", "HIGH >= 1", "x")))
                .hasMessage("rule.X.measure: unknown measure 'balance.minimum.30d' in 'balance.minimum.30d'");
        assertThatThrownBy(() -> RuleBook.parse(rule("X", "negativeBalanceDays", "HIGH >= 5, MEDIUM >= 10", "x")))
                .hasMessageStartingWith("rule.X.levels: Thresholds must rise with the level");
        assertThatThrownBy(() -> RuleBook.parse(rule("X", "negativeBalanceDays", "SEVERE >= 5", "x")))
                .hasMessageStartingWith("rule.X.levels: unknown level SEVERE");
        assertThatThrownBy(() -> RuleBook.parse(rule("X", "negativeBalanceDays", "HIGH >= 5", "{balance.lowest}")))
                .hasMessage("rule.X.explanation: explanation of X refers to unknown measure {balance.lowest}");
        assertThatThrownBy(() -> RuleBook.parse("rule.X.measure = negativeBalanceDays\nrule.X.levels = HIGH >= 1"))
                .hasMessage("rule.X.explanation: missing");
        assertThatThrownBy(() -> RuleBook.parse("rule.X.treshold = 4"))
                .hasMessageStartingWith("Unknown rule book key 'rule.X.treshold'");
        assertThatThrownBy(() -> RuleBook.parse(rule("X", "negativeBalanceDays >", "HIGH >= 1", "x")))
                .hasMessage("rule.X.measure: unexpected '>' in 'negativeBalanceDays >'");
        assertThatThrownBy(() -> RuleBook.parse(
                rule("X", "negativeBalanceDays", "HIGH >= 1", "x") + "\nrule.X.when = cards.count"))
                .hasMessage("rule.X.when: unexpected end in 'cards.count'");
    }

    @Test
    void unknownFactsOrDivisionByZeroMakeARuleSilent() {
        // Given a rule on the district and a ratio that divides by zero for this account
        RuleBook book = RuleBook.parse(rule("A", "district.unemploymentRate", "HIGH >= 1", "x")
                + "\n" + rule("B", "cashDeposit.sum.30d / cashDeposit.count.30d", "HIGH >= 1", "x"));
        AccountBehaviour noDistrict = ordinary(7, DAY).setDistrict(null).build();

        // Then neither applies
        assertThat(book.evaluate(noDistrict)).noneMatch(RuleFinding::applies);
    }

    private static String rule(String kind, String measure, String levels, String explanation) {
        return "rule." + kind + ".measure = " + measure + "\nrule." + kind + ".levels = " + levels + "\nrule." + kind
                + ".explanation = " + explanation;
    }

    private static RuleFinding finding(String kind, AccountBehaviour behaviour) {
        return RULES.evaluate(behaviour).stream().filter(f -> f.rule().kind().equals(kind)).findFirst().orElseThrow();
    }

    private static RiskLevel level(RuleFinding finding) {
        return finding.level().orElseThrow();
    }
}
