package dev.bankstream.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** A reject sink that keeps what it is given, for assertions. */
public final class RecordedRejects implements RejectSink {

    public record Rejected(SourcePosition position, String rawLine, String reason) {
    }

    private final List<Rejected> rejected = new ArrayList<>();

    @Override
    public void reject(SourcePosition position, String rawLine, String reason) {
        rejected.add(new Rejected(position, rawLine, reason));
    }

    public List<Rejected> all() {
        return rejected;
    }
}
