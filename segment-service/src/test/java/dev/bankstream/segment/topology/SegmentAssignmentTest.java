package dev.bankstream.segment.topology;

import static dev.bankstream.segment.topology.Customers.AFFLUENT_INACTIVE;
import static dev.bankstream.segment.topology.Customers.BUSY_SPENDER;
import static dev.bankstream.segment.topology.Customers.POWER_USER;
import static dev.bankstream.segment.topology.Customers.SENIOR_RURAL_MAN;
import static dev.bankstream.segment.topology.Customers.START;
import static dev.bankstream.segment.topology.Customers.YOUNG_CITY_WOMAN;
import static dev.bankstream.segment.topology.Customers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.schemas.SegmentChange;

class SegmentAssignmentTest {

    @Test
    void firstSnapshotsPlaceEveryAccountInExactlyOneSegmentPerSegmentation() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given models in service
            // When three accounts with different habits send their first snapshot
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(snapshot(2, START, BUSY_SPENDER, SENIOR_RURAL_MAN));
            harness.send(snapshot(3, START, POWER_USER, YOUNG_CITY_WOMAN));

            // Then each gets one first placement per segmentation, and one assignments record holding both
            List<SegmentChange> changes = harness.changes.readValuesToList();
            assertThat(changes).hasSize(6).allSatisfy(change -> assertThat(change.getFromSegment()).isNull());
            assertThat(changes.stream().collect(Collectors.groupingBy(SegmentChange::getAccountId,
                    Collectors.mapping(SegmentChange::getSegmentation, Collectors.toList()))))
                    .containsOnlyKeys(1L, 2L, 3L)
                    .allSatisfy((account, segmentations) ->
                            assertThat(segmentations).containsExactlyInAnyOrder("behavioural", "demographic"));
            Map<Long, AccountSegments> current = harness.assignments.readKeyValuesToMap();
            assertThat(current).containsOnlyKeys(1L, 2L, 3L);
            current.values().forEach(segments -> assertThat(segments.getAssignments())
                    .extracting(SegmentAssignment::getSegmentation)
                    .containsExactlyInAnyOrder("behavioural", "demographic"));
            // ... and accounts that behave differently are in different behavioural segments
            assertThat(behaviouralSegment(current.get(1L))).isNotEqualTo(behaviouralSegment(current.get(2L)));
            assertThat(harness.counter("bankstream.segment.changes", "segmentation", "behavioural", "kind", "first"))
                    .isEqualTo(3);
        }
    }

    @Test
    void anAccountThatStaysInItsSegmentEmitsNothing() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account placed by its first snapshot
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.changes.readValuesToList();
            harness.assignments.readValuesToList();

            // When more snapshots with the same habits follow
            harness.send(snapshot(1, START.plusDays(7), AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(snapshot(1, START.plusDays(30), AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));

            // Then no change and no new assignment is emitted
            assertThat(harness.changes.isEmpty()).isTrue();
            assertThat(harness.assignments.isEmpty()).isTrue();
            assertThat(harness.counter("bankstream.segment.assignments", "segmentation", "behavioural")).isEqualTo(3);
        }
    }

    @Test
    void aMoveIsConfirmedOnlyAfterTheDwell() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an affluent, inactive account
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            int from = behaviouralSegment(harness.assignments.readValue());
            harness.changes.readValuesToList();

            // When it starts behaving like a busy spender: two snapshots are not enough (the dwell asks for three
            // over at least 14 days)
            harness.send(snapshot(1, START.plusDays(7), BUSY_SPENDER, YOUNG_CITY_WOMAN));
            harness.send(snapshot(1, START.plusDays(14), BUSY_SPENDER, YOUNG_CITY_WOMAN));
            assertThat(harness.changes.isEmpty()).isTrue();

            // ... the third, 14 days after the first, confirms the move
            harness.send(snapshot(1, START.plusDays(21), BUSY_SPENDER, YOUNG_CITY_WOMAN));

            // Then exactly one behavioural change, from the old segment, dated on the confirming snapshot
            List<SegmentChange> changes = harness.changes.readValuesToList();
            assertThat(changes).hasSize(1);
            SegmentChange move = changes.get(0);
            assertThat(move.getSegmentation()).isEqualTo("behavioural");
            assertThat(move.getFromSegment().getId()).isEqualTo(from);
            assertThat(move.getToSegment().getId()).isNotEqualTo(from);
            assertThat(move.getEventDate()).isEqualTo(START.plusDays(21));
            // ... and the assignment says since when it behaves that way
            SegmentAssignment behavioural = assignment(harness.assignments.readValue(), "behavioural");
            assertThat(behavioural.getSegment().getId()).isEqualTo(move.getToSegment().getId());
            assertThat(behavioural.getSince()).isEqualTo(START.plusDays(7));
        }
    }

    @Test
    void returningToItsSegmentDropsAPendingMove() {
        try (SegmentHarness harness = new SegmentHarness().withModels()) {
            // Given an account that looked like another segment twice
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(snapshot(1, START.plusDays(7), BUSY_SPENDER, YOUNG_CITY_WOMAN));
            harness.send(snapshot(1, START.plusDays(14), BUSY_SPENDER, YOUNG_CITY_WOMAN));
            harness.changes.readValuesToList();

            // When it is back to its habits, then looks like the other segment once more
            harness.send(snapshot(1, START.plusDays(21), AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(snapshot(1, START.plusDays(28), BUSY_SPENDER, YOUNG_CITY_WOMAN));

            // Then it has not moved: the count started again
            assertThat(harness.changes.isEmpty()).isTrue();
        }
    }

    @Test
    void snapshotsBeforeAnyModelAreStoredAndPlacedWhenTheModelArrives() {
        try (SegmentHarness harness = new SegmentHarness()) {
            // Given snapshots of two accounts and no model yet
            harness.send(snapshot(1, START, AFFLUENT_INACTIVE, YOUNG_CITY_WOMAN));
            harness.send(snapshot(2, START, BUSY_SPENDER, SENIOR_RURAL_MAN));
            assertThat(harness.changes.isEmpty()).isTrue();
            assertThat(harness.deadLetters.isEmpty()).isTrue();
            assertThat(harness.counter("bankstream.segment.awaiting.model", "segmentation", "behavioural"))
                    .isEqualTo(2);

            // When the models are published and the model check runs
            harness.withModels();
            harness.letModelCheckRun();

            // Then both accounts are placed in both segmentations, as of their stored snapshot
            List<SegmentChange> changes = harness.changes.readValuesToList();
            assertThat(changes).hasSize(4).allSatisfy(change -> assertThat(change.getEventDate()).isEqualTo(START));
            assertThat(harness.assignments.readKeyValuesToMap()).containsOnlyKeys(1L, 2L);

            // ... and a later check with the same models places nobody twice
            harness.letModelCheckRun();
            assertThat(harness.changes.isEmpty()).isTrue();
        }
    }

    static int behaviouralSegment(AccountSegments segments) {
        return assignment(segments, "behavioural").getSegment().getId();
    }

    static SegmentAssignment assignment(AccountSegments segments, String segmentation) {
        return segments.getAssignments().stream().filter(a -> a.getSegmentation().equals(segmentation)).findFirst()
                .orElseThrow();
    }
}
