package dev.bankstream.scoring.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;

class FlagDeciderTest {

    /** Model threshold 0.3: LOW 0.3, MEDIUM 0.475, HIGH 0.65, CRITICAL 0.825, re-armed below 0.24. */
    private final FlagDecider decider = new FlagDecider(FlagPolicy.forModel(0.3));

    @Test
    void modelPolicySpreadsLevelsBetweenThresholdAndCertainty() {
        LevelScale levels = decider.policy().levels();
        assertThat(levels.levelOf(0.29)).isEmpty();
        assertThat(levels.levelOf(0.30)).contains(RiskLevel.LOW);
        assertThat(levels.levelOf(0.50)).contains(RiskLevel.MEDIUM);
        assertThat(levels.levelOf(0.70)).contains(RiskLevel.HIGH);
        assertThat(levels.levelOf(0.90)).contains(RiskLevel.CRITICAL);
        assertThat(decider.policy().resetBelow()).isEqualTo(0.24, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void scoreFlappingAroundTheThresholdRaisesOneFlag() {
        // When the score crosses the threshold and then flaps around it without falling below the reset line
        List<Optional<FlagRaise>> raises = run(0.10, 0.32, 0.29, 0.31, 0.25, 0.33, 0.30);

        // Then only the first crossing raises a flag, the first ever for the account
        assertThat(raises).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(raises.get(1)).contains(new FlagRaise(RiskLevel.LOW, null, FlagRaise.Cause.CROSSED_THRESHOLD));
    }

    @Test
    void risingLevelRaisesAgainButFallingAndRecoveringDoesNot() {
        // When the score climbs to MEDIUM, dips, returns to MEDIUM, then jumps to CRITICAL
        List<Optional<FlagRaise>> raises = run(0.35, 0.50, 0.45, 0.31, 0.50, 0.90, 0.70);

        // Then it raises LOW, MEDIUM and CRITICAL once each, each naming the level before
        assertThat(raises.get(0)).contains(new FlagRaise(RiskLevel.LOW, null, FlagRaise.Cause.CROSSED_THRESHOLD));
        assertThat(raises.get(1)).contains(new FlagRaise(RiskLevel.MEDIUM, RiskLevel.LOW, FlagRaise.Cause.LEVEL_ROSE));
        assertThat(raises.subList(2, 5)).allMatch(Optional::isEmpty);
        assertThat(raises.get(5))
                .contains(new FlagRaise(RiskLevel.CRITICAL, RiskLevel.MEDIUM, FlagRaise.Cause.LEVEL_ROSE));
        assertThat(raises.get(6)).isEmpty();
    }

    @Test
    void fallingClearlyBelowReArmsTheFlag() {
        // When the score falls below the reset line and crosses again
        List<Optional<FlagRaise>> raises = run(0.90, 0.20, 0.28, 0.35);

        // Then the new crossing raises a fresh flag that remembers the previous flag's level
        assertThat(raises.get(0)).contains(new FlagRaise(RiskLevel.CRITICAL, null, FlagRaise.Cause.CROSSED_THRESHOLD));
        assertThat(raises.subList(1, 3)).allMatch(Optional::isEmpty);
        assertThat(raises.get(3))
                .contains(new FlagRaise(RiskLevel.LOW, RiskLevel.CRITICAL, FlagRaise.Cause.CROSSED_THRESHOLD));
    }

    @Test
    void unmeasurableScoreReArmsLikeAScoreClearlyBelow() {
        // When a rule stops applying (NaN) between two breaches
        List<Optional<FlagRaise>> raises = run(0.5, Double.NaN, 0.5);

        // Then the second breach is a new flag
        assertThat(raises).filteredOn(Optional::isPresent).hasSize(2);
    }

    @Test
    void stateSurvivesTheStateStore() {
        // Given every possible state
        List<FlagState> states = new ArrayList<>();
        states.add(FlagState.INITIAL);
        for (RiskLevel active : RiskLevel.values()) {
            for (RiskLevel last : RiskLevel.values()) {
                states.add(new FlagState(active, last));
                states.add(new FlagState(null, last));
            }
        }

        // Then each reads back from its bytes
        assertThat(states).allSatisfy(state -> assertThat(FlagState.fromBytes(state.toBytes())).isEqualTo(state));
        assertThatThrownBy(() -> FlagState.fromBytes(new byte[] {9, 0, 0})).hasMessageStartingWith("Not a flag state");
        assertThatThrownBy(() -> FlagState.fromBytes(new byte[] {1, 7, 0})).hasMessage("No risk level with ordinal 7");
    }

    @Test
    void raiseBecomesARiskFlagWithAReplayStableId() {
        // Given a raise
        FlagRaise raise = new FlagRaise(RiskLevel.HIGH, RiskLevel.LOW, FlagRaise.Cause.LEVEL_ROSE);
        Reason reason = new Reason("BALANCE_MIN_90D", "balance.min.90d", -3_000.0, 0.8, "Lowest balance ...");

        // When it is turned into a RiskFlag twice (a replay)
        RiskFlag first = RiskFlags.of(42, RiskFlags.LOAN_DEFAULT_RISK, FlagSource.MODEL, 0.7, raise, List.of(reason),
                "loan-default", "v1", LocalDate.of(1996, 1, 31), Instant.parse("2026-01-01T00:00:00Z"));
        RiskFlag replayed = RiskFlags.of(42, RiskFlags.LOAN_DEFAULT_RISK, FlagSource.MODEL, 0.7, raise,
                List.of(reason), "loan-default", "v1", LocalDate.of(1996, 1, 31), Instant.parse("2026-02-01T00:00:00Z"));

        // Then it carries level, previous level, reasons and model version, and the same id
        assertThat(first.getLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(first.getPreviousLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(first.getReasons()).containsExactly(reason);
        assertThat(first.getModelVersion()).isEqualTo("v1");
        assertThat(first.getFlagId()).isEqualTo(replayed.getFlagId());
        assertThat(RiskFlags.of(42, RiskFlags.LOAN_DEFAULT_RISK, FlagSource.MODEL, 0.7, raise, List.of(reason),
                "loan-default", "v2", LocalDate.of(1996, 1, 31), Instant.EPOCH).getFlagId())
                .isNotEqualTo(first.getFlagId());
    }

    @Test
    void levelsMustRise() {
        assertThatThrownBy(() -> new LevelScale(java.util.Map.of(RiskLevel.LOW, 0.5, RiskLevel.HIGH, 0.4)))
                .hasMessageContaining("must rise with the level");
        assertThatThrownBy(() -> new FlagPolicy(new LevelScale(java.util.Map.of(RiskLevel.LOW, 0.5)), 0.6))
                .hasMessageContaining("must not exceed the flag threshold");
    }

    private List<Optional<FlagRaise>> run(double... scores) {
        FlagState state = FlagState.INITIAL;
        List<Optional<FlagRaise>> raises = new ArrayList<>();
        for (double score : scores) {
            FlagDecision decision = decider.decide(state, score);
            raises.add(decision.raise());
            state = FlagState.fromBytes(decision.next().toBytes());
        }
        return raises;
    }
}
