package dev.bankstream.ingest.source;

/** Receives every source line that could not become an event, with the reason. Good lines go on regardless. */
@FunctionalInterface
public interface RejectSink {

    void reject(SourcePosition position, String rawLine, String reason);
}
