package dev.bankstream.segment.change;

import java.time.LocalDate;

import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.segment.model.Segment;

/**
 * An account entered a segment: its first assignment ({@code from} null) or a confirmed move.
 *
 * @param eventDate business date of the snapshot that confirmed it
 * @param since     business date the account started behaving like the new segment (first snapshot there)
 */
public record SegmentTransition(long accountId, String segmentation, Segment from, Segment to, String modelVersion,
        LocalDate eventDate, LocalDate since) {

    public SegmentChange toAvro() {
        return SegmentChange.newBuilder()
                .setAccountId(accountId)
                .setSegmentation(segmentation)
                .setFromSegment(from == null ? null : from.toRef())
                .setToSegment(to.toRef())
                .setModelVersion(modelVersion)
                .setEventDate(eventDate)
                .build();
    }
}
