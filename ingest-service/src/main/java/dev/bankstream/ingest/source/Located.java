package dev.bankstream.ingest.source;

/** A value read from a source line, with where it came from, before it is dated and made an event. */
public record Located<V>(V value, SourcePosition position) {
}
