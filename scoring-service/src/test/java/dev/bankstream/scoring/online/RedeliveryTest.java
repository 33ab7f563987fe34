package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.scoring.Behaviours;

/**
 * The scorer processes at least once: after a crash it reads again every snapshot after its last committed offset,
 * with stores that may already hold what those snapshots decided. Whatever the flags and scores of the first pass that
 * never reached the broker, the second pass must emit them again, and the account's later decisions must be those of
 * a scorer that never crashed.
 */
class RedeliveryTest {

    private static final LocalDate DAY = LocalDate.of(1996, 2, 1);
    private static final long ACCOUNT = 41;

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
    void snapshotsProcessedAgainEmitExactlyWhatTheyEmittedTheFirstTime() {
        // Given an account that goes into trouble, deeper trouble, and out of it, scored once
        List<AccountBehaviour> history = List.of(
                Behaviours.ordinary(ACCOUNT, DAY).build(),
                negative(DAY.plusDays(1), 2),
                negative(DAY.plusDays(2), 6),
                negative(DAY.plusDays(3), 7),
                Behaviours.ordinary(ACCOUNT, DAY.plusDays(4)).build());
        history.forEach(harness::send);
        List<RiskFlag> firstFlags = harness.flags.readValuesToList();
        List<AccountScore> firstScores = harness.scores.readValuesToList();
        assertThat(firstFlags).extracting(RiskFlag::getLevel).containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM);

        // When everything from the second day on is processed again, as after a crash before the next commit
        history.subList(1, history.size()).forEach(harness::send);

        // Then the same flags (same ids) and scores come out again, nothing else
        assertThat(harness.flags.readValuesToList()).extracting(RiskFlag::getFlagId)
                .containsExactlyElementsOf(firstFlags.stream().map(RiskFlag::getFlagId).toList());
        assertThat(harness.scores.readValuesToList()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(firstScores.subList(1, firstScores.size()));
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void aScorerRestoredFromCompactedChangelogsEmitsExactlyWhatTheFirstOneDid(DecisionStores stores) {
        // Given a scorer that decided an account's days, whose state changes all reached the changelogs
        restart(stores, List.of(), List.of());
        List<AccountBehaviour> history = troubledAccount();
        history.forEach(harness::send);
        FirstPass first = firstPass();

        // When it crashed before committing any of them, and its replacement, restored from those changelogs after
        // the broker's cleaner compacted them, processes them all again
        restart(stores, compacted(first.flagChangelog()), compacted(first.scoreChangelog()));
        history.forEach(harness::send);

        // Then it emits the same flags, each with the level it rose from, and the same scores
        assertEmitsAgain(first);
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void whereverTheCrashCutTheChangelogsTheRedeliveredSnapshotsEmitWhatTheyDid(DecisionStores stores) {
        // Given a scorer that decided an account's days
        restart(stores, List.of(), List.of());
        List<AccountBehaviour> history = troubledAccount();
        history.forEach(harness::send);
        FirstPass first = firstPass();

        // When it crashed before committing any of them, with only the first n records of one changelog written
        // (and all of the other's), and its replacement processes them all again, for every n
        for (int n = 0; n <= first.flagChangelog().size(); n++) {
            restart(stores, first.flagChangelog().subList(0, n), first.scoreChangelog());
            history.forEach(harness::send);

            // Then it emits the same flags and scores
            assertEmitsAgain(first);
        }
        for (int n = 0; n <= first.scoreChangelog().size(); n++) {
            restart(stores, first.flagChangelog(), first.scoreChangelog().subList(0, n));
            history.forEach(harness::send);
            assertEmitsAgain(first);
        }
    }

    /** Into trouble, deeper, deeper still, and out of it. */
    private static List<AccountBehaviour> troubledAccount() {
        return List.of(
                Behaviours.ordinary(ACCOUNT, DAY).build(),
                negative(DAY.plusDays(1), 2),
                negative(DAY.plusDays(2), 6),
                negative(DAY.plusDays(3), 12),
                Behaviours.ordinary(ACCOUNT, DAY.plusDays(4)).build());
    }

    private record FirstPass(List<RiskFlag> flags, List<AccountScore> scores,
            List<KeyValue<Bytes, byte[]>> flagChangelog, List<KeyValue<Bytes, byte[]>> scoreChangelog) {
    }

    private FirstPass firstPass() {
        FirstPass first = new FirstPass(harness.flags.readValuesToList(), harness.scores.readValuesToList(),
                harness.changelog(ScoringTopology.FLAG_STATE_STORE),
                harness.changelog(ScoringTopology.SCORE_STATE_STORE));
        assertThat(first.flags()).extracting(RiskFlag::getLevel)
                .containsExactly(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH);
        return first;
    }

    /** What the broker's cleaner leaves of a changelog at most: the last record of each key, without deletions. */
    private static List<KeyValue<Bytes, byte[]>> compacted(List<KeyValue<Bytes, byte[]>> changelog) {
        Map<Bytes, byte[]> latest = new LinkedHashMap<>();
        changelog.forEach(record -> latest.put(record.key, record.value));
        return latest.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> KeyValue.pair(entry.getKey(), entry.getValue())).toList();
    }

    private void restart(DecisionStores stores, List<KeyValue<Bytes, byte[]>> flagStates,
            List<KeyValue<Bytes, byte[]>> scoreStates) {
        harness.close();
        harness = new ScoringHarness(stores);
        harness.restore(ScoringTopology.FLAG_STATE_STORE, flagStates);
        harness.restore(ScoringTopology.SCORE_STATE_STORE, scoreStates);
    }

    private void assertEmitsAgain(FirstPass first) {
        assertThat(harness.flags.readValuesToList()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                "emittedAt").containsExactlyElementsOf(first.flags());
        assertThat(harness.scores.readValuesToList()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(first.scores());
    }

    @Test
    void afterSnapshotsProcessedAgainTheAccountIsDecidedAsIfNothingHadHappened() {
        // Given an account flagged LOW, then MEDIUM, with its last two days processed twice
        List<AccountBehaviour> history = List.of(negative(DAY, 2), negative(DAY.plusDays(1), 6),
                negative(DAY.plusDays(2), 7));
        history.forEach(harness::send);
        history.subList(1, history.size()).forEach(harness::send);
        harness.flags.readValuesToList();

        // When the next day is worse
        harness.send(negative(DAY.plusDays(3), 12));

        // Then it is a rise from MEDIUM, as for a scorer that saw each day once
        assertThat(harness.flags.readValuesToList()).singleElement().satisfies(flag -> {
            assertThat(flag.getLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(flag.getPreviousLevel()).isEqualTo(RiskLevel.MEDIUM);
        });
    }

    @Test
    void aSnapshotOlderThanTheAccountsStateChangesNothing() {
        // Given an account flagged MEDIUM on its third day
        harness.send(negative(DAY.plusDays(2), 6));
        harness.flags.readValuesToList();
        harness.scores.readValuesToList();

        // When a snapshot of an earlier day, never seen before, arrives late and in deeper trouble
        harness.send(negative(DAY, 12));

        // Then it neither flags nor rewrites the account's current score; the skip is counted
        assertThat(harness.flags.readValuesToList()).isEmpty();
        assertThat(harness.scores.readValuesToList()).isEmpty();
        assertThat(harness.counter("bankstream.scoring.account.scores", "outcome", "NOT_NEWER")).isEqualTo(1);

        // And the next day in that trouble is a rise from MEDIUM
        harness.send(negative(DAY.plusDays(3), 12));
        assertThat(harness.flags.readValuesToList()).singleElement()
                .satisfies(flag -> assertThat(flag.getPreviousLevel()).isEqualTo(RiskLevel.MEDIUM));
    }

    /** The account with a negative balance on {@code days} days (the NEGATIVE_BALANCE_DAYS rule's measure). */
    private static AccountBehaviour negative(LocalDate day, int days) {
        return Behaviours.ordinary(ACCOUNT, day)
                .setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                .setNegativeBalanceDays(days)
                .build();
    }
}
