package dev.bankstream.segment.model;

/** What a segmentation model says about one snapshot: a segment, or why it cannot say. */
public sealed interface Assignment {

    /**
     * The nearest segment.
     *
     * @param distance Euclidean distance to its centroid in standardized units (how typical the account is)
     */
    record Assigned(Segment segment, double distance, String modelVersion) implements Assignment {
    }

    /** Too many features missing for the fallback to be honest; the reason goes to the dead-letter topic. */
    record Unassignable(String reason) implements Assignment {
    }
}
