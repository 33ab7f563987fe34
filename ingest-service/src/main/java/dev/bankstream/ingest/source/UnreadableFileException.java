package dev.bankstream.ingest.source;

import java.nio.file.Path;

/**
 * A source file that cannot be read at all: missing, unreadable, or with a header that is not the expected one.
 * Unlike a bad line, this stops the whole data set.
 */
public final class UnreadableFileException extends RuntimeException {

    private final transient Path file;

    public UnreadableFileException(Path file, String problem) {
        this(file, problem, null);
    }

    public UnreadableFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
