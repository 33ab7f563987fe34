package dev.bankstream.segment.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.bankstream.segment.model.Assignment;
import dev.bankstream.segment.model.Segment;

/**
 * Decides, snapshot by snapshot, when an account changes segment. A plain function of (state, assignment, date):
 * the caller keeps the state (e.g. in a state store) and publishes the transitions.
 *
 * <ul>
 * <li>The first assignable snapshot places the account at once (a transition with no "from"), so every
 * account with a snapshot is in exactly one segment per segmentation.</li>
 * <li>A different segment becomes a candidate; it is confirmed, and a transition emitted, once the
 * {@link DwellPolicy} holds for it. A snapshot assigning the current segment again drops the candidate, and one
 * assigning a third segment restarts the count with that one.</li>
 * <li>A snapshot dated on or before the last one seen is ignored: redeliveries and late duplicates must not
 * count as further evidence.</li>
 * </ul>
 * Segments are compared by id, which retrains keep stable.
 */
public final class SegmentDwellTracker {

    private final DwellPolicy policy;

    public SegmentDwellTracker(DwellPolicy policy) {
        this.policy = policy;
    }

    /** The new state, and the transition it confirmed (null when none). */
    public record Step(DwellState state, SegmentTransition transition) {

        public boolean changed() {
            return transition != null;
        }
    }

    /**
     * @param state the account's state in this segmentation, null before its first snapshot
     */
    public Step observe(long accountId, String segmentation, DwellState state, Assignment.Assigned assigned,
            LocalDate date) {
        Segment segment = assigned.segment();
        if (state == null) {
            DwellState first = new DwellState(segment, date, assigned.modelVersion(), null, null, 0, date);
            return new Step(first, new SegmentTransition(accountId, segmentation, null, segment,
                    assigned.modelVersion(), date, date));
        }
        if (!date.isAfter(state.lastSeen())) {
            return new Step(state, null);
        }
        if (segment.id() == state.current().id()) {
            return new Step(new DwellState(state.current(), state.currentSince(), state.currentModelVersion(), null,
                    null, 0, date), null);
        }
        boolean sameCandidate = state.hasCandidate() && state.candidate().id() == segment.id();
        LocalDate candidateSince = sameCandidate ? state.candidateSince() : date;
        int snapshots = sameCandidate ? state.candidateSnapshots() + 1 : 1;
        if (snapshots >= policy.minSnapshots()
                && ChronoUnit.DAYS.between(candidateSince, date) >= policy.minDays()) {
            DwellState moved = new DwellState(segment, candidateSince, assigned.modelVersion(), null, null, 0, date);
            return new Step(moved, new SegmentTransition(accountId, segmentation, state.current(), segment,
                    assigned.modelVersion(), date, candidateSince));
        }
        return new Step(new DwellState(state.current(), state.currentSince(), state.currentModelVersion(), segment,
                candidateSince, snapshots, date), null);
    }
}
