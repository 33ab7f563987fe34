package dev.bankstream.segment.model;

import java.util.List;

/**
 * A segment's name as the naming rule reads it off the centroid, and the further traits, most distinctive
 * first, used only when two segments would otherwise share a name.
 */
public record SegmentDescription(String name, List<String> tieBreakers) {

    public SegmentDescription {
        tieBreakers = List.copyOf(tieBreakers);
    }
}
