package dev.bankstream.ingest.source;

/** Where an event or a rejected line came from: file name and 1-based line number. */
public record SourcePosition(String file, long lineNumber) {

    @Override
    public String toString() {
        return file + ":" + lineNumber;
    }
}
