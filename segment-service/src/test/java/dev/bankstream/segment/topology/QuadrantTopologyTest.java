package dev.bankstream.segment.topology;

import static dev.bankstream.segment.topology.Customers.AFFLUENT_INACTIVE;
import static dev.bankstream.segment.topology.Customers.START;
import static dev.bankstream.segment.topology.Customers.YOUNG_CITY_WOMAN;
import static dev.bankstream.segment.topology.Customers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.segment.quadrant.RiskValueQuadrant;

/** Scores from risk.scores become each account's risk × value quadrant on segments.assignments. */
class QuadrantTopologyTest {

    @Test
    void aPlacedAccountsAssignmentsCarryItsQuadrantAndChangeOnlyWhenTheQuadrantDoes() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account with its segments
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            assertThat(harness.assignments.readValue().getRiskValueQuadrant()).isNull();

            // When a low-risk, high-value score arrives
            harness.send(score(1, START, 0.05, 0.8));
            // Then its assignments are emitted again, with their segments and the quadrant
            AccountSegments withQuadrant = harness.assignments.readValue();
            assertThat(withQuadrant.getRiskValueQuadrant()).isEqualTo(RiskValueQuadrant.HIGH_VALUE_LOW_RISK.name());
            assertThat(withQuadrant.getAssignments()).hasSize(2);

            // When a later score moves within the same quadrant: nothing
            harness.send(score(1, START.plusDays(1), 0.2, 0.6));
            assertThat(harness.assignments.isEmpty()).isTrue();

            // When risk crosses the line (0.25 counts as high): the new quadrant
            harness.send(score(1, START.plusDays(2), 0.25, 0.6));
            assertThat(harness.assignments.readValue().getRiskValueQuadrant())
                    .isEqualTo(RiskValueQuadrant.HIGH_VALUE_HIGH_RISK.name());
            assertThat(harness.counter("bankstream.segment.scores")).isEqualTo(3);
            assertThat(harness.counter("bankstream.segment.quadrant.changes", "quadrant", "HIGH_VALUE_HIGH_RISK"))
                    .isEqualTo(1);
            // And segment changes are not touched by scores
            assertThat(harness.changes.readValuesToList()).hasSize(2);
        }
    }

    @Test
    void aScoreBeforeTheFirstPlacementIsKeptAndCarriedByIt() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given a score for an account with no segment yet
            harness.send(score(7, START, 0.6, 0.1));
            // Then no assignments record yet: the topic carries accounts that have a segment
            assertThat(harness.assignments.isEmpty()).isTrue();

            // When its first snapshot places it
            harness.send(snapshot(7, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            // Then its first assignments record already holds the quadrant
            assertThat(harness.assignments.readValue().getRiskValueQuadrant())
                    .isEqualTo(RiskValueQuadrant.LOW_VALUE_HIGH_RISK.name());
            KeyValueStore<Long, byte[]> scores = harness.driver.getKeyValueStore(SegmentTopology.LATEST_SCORES_STORE);
            assertThat(scores.get(7L)).isNotNull();
        }
    }

    @Test
    void aWithdrawnScoreTakesTheQuadrantAway() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given a placed account with a quadrant
            harness.send(snapshot(3, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(score(3, START, 0.05, 0.1));
            harness.assignments.readValuesToList();

            // When its score is deleted from the compacted topic (a tombstone)
            harness.rawScores.pipeInput(new LongSerializer().serialize(Topics.ACCOUNT_SCORES.name(), 3L), (byte[]) null);

            // Then its assignments no longer name a quadrant, and it is not dead-lettered
            AccountSegments after = harness.assignments.readValue();
            assertThat(after.getRiskValueQuadrant()).isNull();
            assertThat(after.getAssignments()).hasSize(2);
            assertThat(harness.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void badScoresAreDeadLetteredWithTheirReasonAndTheStreamGoesOn() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            harness.send(snapshot(5, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.assignments.readValuesToList();
            byte[] key = new LongSerializer().serialize(Topics.ACCOUNT_SCORES.name(), 5L);

            // Given bytes that are not Avro, a score out of 0..1, and a score filed under another account
            harness.rawScores.pipeInput(key, new byte[] {1, 2, 3});
            harness.send(score(5, START, 1.5, 0.5));
            harness.scores.pipeInput(6L, score(5, START, 0.1, 0.5));
            // And then a good one
            harness.send(score(5, START, 0.1, 0.9));

            // Then each bad one is on the dead-letter topic with its reason and source
            List<DeadLetter> dead = harness.deadLetters.readValuesToList();
            assertThat(dead).extracting(DeadLetter::getReason).satisfiesExactly(
                    reason -> assertThat(reason).startsWith("UNDECODABLE"),
                    reason -> assertThat(reason).startsWith("INVALID: scores must lie in 0..1"),
                    reason -> assertThat(reason).contains("key says account 6 but the score is of account 5"));
            assertThat(dead).allSatisfy(letter -> assertThat(letter.getSourceTopic()).isEqualTo("risk.scores"));
            assertThat(harness.counter("bankstream.segment.dead.letters", "reason", "INVALID", "segmentation", "none"))
                    .isEqualTo(2);
            // And the good one still places the account in its quadrant
            assertThat(harness.assignments.readValue().getRiskValueQuadrant())
                    .isEqualTo(RiskValueQuadrant.HIGH_VALUE_LOW_RISK.name());
        }
    }

    static AccountScore score(long accountId, LocalDate asOf, double risk, double value) {
        return AccountScore.newBuilder().setAccountId(accountId).setAsOfDate(asOf).setDefaultProbability(null)
                .setActiveRuleFlags(0).setRiskScore(risk).setValueScore(value).setModelVersion(null).build();
    }
}
