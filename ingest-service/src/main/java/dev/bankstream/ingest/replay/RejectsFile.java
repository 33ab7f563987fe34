package dev.bankstream.ingest.replay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import dev.bankstream.ingest.source.SourcePosition;

/**
 * Rejected lines as CSV (file, line, reason, raw line), for a person to open. A resumed replay keeps the rejects
 * its checkpoint counted and drops any written after it, so every reject is in the file exactly once.
 */
final class RejectsFile implements AutoCloseable {

    static final String HEADER = "file,line,reason,raw_line";

    private final Path path;
    private final BufferedWriter writer;

    private RejectsFile(Path path, BufferedWriter writer) {
        this.path = path;
        this.writer = writer;
    }

    /** Opens the file keeping the first {@code keep} rejects already in it (0 starts afresh). */
    static RejectsFile open(Path path, long keep) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            List<String> kept = keep > 0 && Files.exists(path)
                    ? Files.readAllLines(path).stream().skip(1).limit(keep).toList()
                    : List.of();
            BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            writer.write(HEADER);
            writer.newLine();
            for (String line : kept) {
                writer.write(line);
                writer.newLine();
            }
            return new RejectsFile(path, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + path, e);
        }
    }

    void write(SourcePosition position, String rawLine, String reason) {
        try {
            writer.write(csv(position.file()) + "," + position.lineNumber() + "," + csv(reason) + "," + csv(rawLine));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + path, e);
        }
    }

    void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the rejects file " + path, e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the rejects file " + path, e);
        }
    }

    private static String csv(String value) {
        String text = value.replace("\r", "\\r").replace("\n", "\\n");
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
