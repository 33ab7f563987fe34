package dev.bankstream.segment.model;

/** Reads a plain-words description off a centroid. */
public interface SegmentNamer {

    SegmentDescription describe(Centroid centroid);
}
