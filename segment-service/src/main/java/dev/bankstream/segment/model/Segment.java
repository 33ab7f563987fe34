package dev.bankstream.segment.model;

import dev.bankstream.schemas.SegmentRef;

/** A segment as the outside world sees it: an id and a plain-words name, both stable across retrains. */
public record Segment(int id, String name) {

    public SegmentRef toRef() {
        return SegmentRef.newBuilder().setId(id).setName(name).build();
    }
}
