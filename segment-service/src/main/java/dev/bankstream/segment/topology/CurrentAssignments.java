package dev.bankstream.segment.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.SegmentAssignment;
import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.quadrant.RiskValueQuadrant;

/** An account's segments.assignments record, built from its dwell states and its quadrant. */
final class CurrentAssignments {

    private CurrentAssignments() {
    }

    /** Empty while the account has no segment yet: the topic carries only accounts that have one. */
    static Optional<AccountSegments> of(long accountId, ReadOnlyKeyValueStore<String, byte[]> dwell,
            Optional<RiskValueQuadrant> quadrant) {
        List<SegmentAssignment> assignments = new ArrayList<>();
        for (Segmentation segmentation : Segmentation.values()) {
            byte[] stored = dwell.get(SegmentTopology.dwellKey(accountId, segmentation));
            if (stored != null) {
                assignments.add(DwellState.fromBytes(stored).toAssignment(segmentation.id()));
            }
        }
        if (assignments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AccountSegments.newBuilder().setAccountId(accountId).setAssignments(assignments)
                .setRiskValueQuadrant(quadrant.map(Enum::name).orElse(null)).build());
    }
}
