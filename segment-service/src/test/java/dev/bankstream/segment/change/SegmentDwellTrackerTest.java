package dev.bankstream.segment.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.segment.model.Assignment;
import dev.bankstream.segment.model.Segment;

class SegmentDwellTrackerTest {

    private static final Segment A = new Segment(1, "Affluent inactive");
    private static final Segment B = new Segment(2, "High-value power users");
    private static final Segment C = new Segment(3, "Budget-conscious occasional");
    private static final LocalDate DAY_1 = LocalDate.of(1996, 1, 1);
    private static final String SEGMENTATION = "behavioural";

    /** Feeds one snapshot per day from DAY_1 and returns the transitions, in order. */
    private static List<SegmentTransition> run(DwellPolicy policy, Segment... daily) {
        SegmentDwellTracker tracker = new SegmentDwellTracker(policy);
        DwellState state = null;
        List<SegmentTransition> transitions = new ArrayList<>();
        for (int day = 0; day < daily.length; day++) {
            SegmentDwellTracker.Step step = tracker.observe(42, SEGMENTATION, state, assigned(daily[day]),
                    DAY_1.plusDays(day));
            state = step.state();
            if (step.changed()) {
                transitions.add(step.transition());
            }
        }
        return transitions;
    }

    private static Assignment.Assigned assigned(Segment segment) {
        return new Assignment.Assigned(segment, 0.5, "behavioural-g1-00000000");
    }

    @Test
    void firstSnapshotPlacesTheAccountAtOnce() {
        // Given / When an account's first snapshot is assigned to A
        List<SegmentTransition> transitions = run(new DwellPolicy(3, 14), A);

        // Then it enters A with no previous segment
        assertThat(transitions).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(A);
            assertThat(t.eventDate()).isEqualTo(DAY_1);
        });
    }

    @Test
    void flappingBetweenTwoSegmentsNeverMovesTheAccount() {
        // Given / When assignments alternate A, B, A, B ...
        List<SegmentTransition> transitions = run(new DwellPolicy(2, 0), A, B, A, B, A, B, A, B);

        // Then only the first placement is emitted
        assertThat(transitions).hasSize(1);
    }

    @Test
    void moveIsConfirmedOnTheNthConsecutiveSnapshotAndDatedFromTheFirst() {
        // Given / When A, then B three times in a row with a three-snapshot dwell
        List<SegmentTransition> transitions = run(new DwellPolicy(3, 0), A, B, B, B, B);

        // Then the move happens on the third B, and the account is said to be in B since the first B
        assertThat(transitions).hasSize(2);
        SegmentTransition move = transitions.get(1);
        assertThat(move.from()).isEqualTo(A);
        assertThat(move.to()).isEqualTo(B);
        assertThat(move.eventDate()).isEqualTo(DAY_1.plusDays(3));
        assertThat(move.since()).isEqualTo(DAY_1.plusDays(1));
    }

    @Test
    void interruptedCandidateStartsCountingAgain() {
        // Given / When B twice, back to A, B twice, then a third segment C twice: never three in a row
        List<SegmentTransition> transitions = run(new DwellPolicy(3, 0), A, B, B, A, B, B, C, C);

        // Then the account stays in A
        assertThat(transitions).hasSize(1);
    }

    @Test
    void minimumDaysMustAlsoPass() {
        // Given a dwell of 2 snapshots and 10 days
        SegmentDwellTracker tracker = new SegmentDwellTracker(new DwellPolicy(2, 10));
        DwellState state = tracker.observe(1, SEGMENTATION, null, assigned(A), DAY_1).state();

        // When B comes on days 2, 5 and 12
        SegmentDwellTracker.Step day2 = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(1));
        SegmentDwellTracker.Step day5 = tracker.observe(1, SEGMENTATION, day2.state(), assigned(B), DAY_1.plusDays(4));
        SegmentDwellTracker.Step day12 = tracker.observe(1, SEGMENTATION, day5.state(), assigned(B),
                DAY_1.plusDays(11));

        // Then two snapshots are not enough until ten days passed since the first B
        assertThat(day2.changed()).isFalse();
        assertThat(day5.changed()).isFalse();
        assertThat(day12.changed()).isTrue();
        assertThat(day12.state().current()).isEqualTo(B);
    }

    @Test
    void staleAndRedeliveredSnapshotsAreIgnored() {
        // Given an account in A with B as a candidate seen once, on day 5
        SegmentDwellTracker tracker = new SegmentDwellTracker(new DwellPolicy(2, 0));
        DwellState state = tracker.observe(1, SEGMENTATION, null, assigned(A), DAY_1).state();
        state = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(4)).state();

        // When the day-5 snapshot is delivered again, and an older one arrives late
        SegmentDwellTracker.Step again = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(4));
        SegmentDwellTracker.Step late = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(2));

        // Then neither counts as a second snapshot
        assertThat(again.changed()).isFalse();
        assertThat(again.state()).isEqualTo(state);
        assertThat(late.state()).isEqualTo(state);
    }

    @Test
    void stateSurvivesSerializationMidSequence() {
        // Given an account in A with candidate B seen twice
        SegmentDwellTracker tracker = new SegmentDwellTracker(new DwellPolicy(3, 0));
        DwellState state = tracker.observe(1, SEGMENTATION, null, assigned(A), DAY_1).state();
        state = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(1)).state();
        state = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(2)).state();

        // When the state goes through bytes (a state store) and the third B arrives
        DwellState restored = DwellState.fromBytes(state.toBytes());
        SegmentDwellTracker.Step step = tracker.observe(1, SEGMENTATION, restored, assigned(B), DAY_1.plusDays(3));

        // Then nothing was lost
        assertThat(restored).isEqualTo(state);
        assertThat(step.changed()).isTrue();
        assertThat(DwellState.fromBytes(step.state().toBytes())).isEqualTo(step.state());
    }

    @Test
    void transitionMapsToTheContractRecord() {
        // Given a confirmed move from A to B
        SegmentTransition move = run(new DwellPolicy(1, 0), A, B).get(1);

        // When
        SegmentChange change = move.toAvro();

        // Then
        assertThat(change.getAccountId()).isEqualTo(42);
        assertThat(change.getSegmentation()).isEqualTo(SEGMENTATION);
        assertThat(change.getFromSegment().getId()).isEqualTo(1);
        assertThat(change.getToSegment().getName()).isEqualTo("High-value power users");
        assertThat(change.getModelVersion()).isEqualTo("behavioural-g1-00000000");
        assertThat(change.getEventDate()).isEqualTo(DAY_1.plusDays(1));
    }

    @Test
    void stateGivesTheCurrentAssignmentDatedFromWhenTheAccountEnteredIt() {
        // Given an account that moved from A to B, behaving like B from day 2, confirmed on day 3
        SegmentDwellTracker tracker = new SegmentDwellTracker(new DwellPolicy(2, 0));
        DwellState state = tracker.observe(1, SEGMENTATION, null, assigned(A), DAY_1).state();
        state = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(1)).state();
        state = tracker.observe(1, SEGMENTATION, state, assigned(B), DAY_1.plusDays(2)).state();

        // When its current assignment is published
        SegmentAssignment assignment = state.toAssignment(SEGMENTATION);

        // Then
        assertThat(assignment.getSegment().getId()).isEqualTo(2);
        assertThat(assignment.getSince()).isEqualTo(DAY_1.plusDays(1));
        assertThat(assignment.getModelVersion()).isEqualTo("behavioural-g1-00000000");
        assertThat(assignment.getSegmentation()).isEqualTo(SEGMENTATION);
    }

    @Test
    void invariantsHoldOnRandomSequencesForManyAccountsAndBothSegmentations() {
        // Given 200 accounts x 2 segmentations, 60 noisy daily assignments each among three segments
        Random random = new Random(5);
        SegmentDwellTracker tracker = new SegmentDwellTracker(new DwellPolicy(3, 5));
        Segment[] segments = {A, B, C};
        Map<String, DwellState> states = new HashMap<>();
        Map<String, Segment> lastEmitted = new HashMap<>();
        Map<String, Integer> assignmentChanges = new HashMap<>();
        Map<String, Segment> previousAssigned = new HashMap<>();
        Map<String, Integer> moves = new HashMap<>();

        // When every snapshot is observed
        for (int day = 0; day < 60; day++) {
            for (long account = 0; account < 200; account++) {
                for (String segmentation : List.of("behavioural", "demographic")) {
                    String key = account + "/" + segmentation;
                    Segment prefer = segments[(int) (account % 3)];
                    Segment segment = random.nextDouble() < 0.7 ? prefer : segments[random.nextInt(3)];
                    if (previousAssigned.containsKey(key) && !previousAssigned.get(key).equals(segment)) {
                        assignmentChanges.merge(key, 1, Integer::sum);
                    }
                    previousAssigned.put(key, segment);
                    SegmentDwellTracker.Step step = tracker.observe(account, segmentation, states.get(key),
                            assigned(segment), DAY_1.plusDays(day));
                    states.put(key, step.state());

                    // Then a transition only ever enters the segment just assigned, from the one last entered
                    if (step.changed()) {
                        if (isMove(step)) {
                            moves.merge(key, 1, Integer::sum);
                        }
                        SegmentTransition t = step.transition();
                        assertThat(t.to()).isEqualTo(segment);
                        assertThat(t.from()).isEqualTo(lastEmitted.get(key));
                        assertThat(t.to()).isNotEqualTo(t.from());
                        lastEmitted.put(key, t.to());
                    }
                    // and the account is in exactly one segment: the last one a transition announced
                    assertThat(step.state().current()).isEqualTo(lastEmitted.get(key));
                }
            }
        }

        // Then no account moved more often than its assignment changed, and the noise was damped
        assertThat(states).hasSize(400);
        moves.forEach((key, count) -> assertThat(count).isLessThanOrEqualTo(assignmentChanges.get(key)));
        int totalMoves = moves.values().stream().mapToInt(Integer::intValue).sum();
        int totalAssignmentChanges = assignmentChanges.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(totalMoves).isPositive().isLessThan(totalAssignmentChanges / 10);
    }

    /** A move, as opposed to a first placement. */
    private static boolean isMove(SegmentDwellTracker.Step step) {
        return step.transition().from() != null;
    }
}
