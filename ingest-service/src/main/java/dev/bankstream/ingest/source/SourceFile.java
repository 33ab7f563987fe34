package dev.bankstream.ingest.source;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads one delimited source file line by line, never whole: checks its header, numbers its lines (1-based, the
 * header is line 1), rejects lines whose field count differs from the header's, and keeps the file's
 * {@link FileCounts}. {@code \r\n} and {@code \n} line ends are both accepted.
 */
public final class SourceFile implements Closeable {

    /** Reads the current line into events; throws {@link BadLineException} to reject it. */
    @FunctionalInterface
    public interface LineHandler {
        void handle(SourceFile file);
    }

    private static final int BUFFER_CHARS = 1 << 16;

    private final Path path;
    private final String name;
    private final BufferedReader reader;
    private final DelimitedLine line;
    private final int fieldCount;
    private final RejectSink rejects;
    private final FileTally tally;
    private long lineNumber = 1;

    private SourceFile(Path path, BufferedReader reader, DelimitedLine line, int fieldCount, RejectSink rejects,
            FileTally tally) {
        this.path = path;
        this.name = path.getFileName().toString();
        this.reader = reader;
        this.line = line;
        this.fieldCount = fieldCount;
        this.rejects = rejects;
        this.tally = tally;
    }

    /**
     * Opens {@code path} and checks that its header names exactly {@code header} (quoted or not).
     *
     * @throws UnreadableFileException if the file is missing, unreadable, empty or has another header
     */
    public static SourceFile open(Path path, char separator, List<String> header, RejectSink rejects,
            FileTally tally) {
        if (!Files.isRegularFile(path)) {
            throw new UnreadableFileException(path, "file is missing");
        }
        BufferedReader reader;
        String headerLine;
        try {
            // A decoding reader that replaces bad bytes: a stray byte makes one bad line, not an unreadable file.
            reader = new BufferedReader(
                    new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), BUFFER_CHARS);
            headerLine = reader.readLine();
        } catch (IOException e) {
            throw new UnreadableFileException(path, "cannot be read: " + e.getMessage(), e);
        }
        if (headerLine == null) {
            closeQuietly(reader);
            throw new UnreadableFileException(path, "file is empty, expected the header " + String.join(";", header));
        }
        var line = new DelimitedLine(separator);
        String found = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        if (!namesMatch(line, found, header)) {
            closeQuietly(reader);
            throw new UnreadableFileException(path, "unexpected header '" + found + "', expected "
                    + String.join(String.valueOf(separator), header));
        }
        return new SourceFile(path, reader, line, header.size(), rejects, tally);
    }

    private static boolean namesMatch(DelimitedLine line, String headerLine, List<String> header) {
        try {
            line.parse(headerLine);
        } catch (BadLineException e) {
            return false;
        }
        List<String> names = IntStream.range(0, line.size()).mapToObj(line::text).collect(Collectors.toList());
        return names.equals(header);
    }

    /**
     * Moves to the next line that has the header's number of fields, rejecting blank lines and lines with another
     * field count on the way.
     *
     * @return false at the end of the file
     */
    public boolean next() {
        while (true) {
            String raw;
            try {
                raw = reader.readLine();
            } catch (IOException e) {
                throw new UnreadableFileException(path,
                        "read failed after line " + lineNumber + ": " + e.getMessage(), e);
            }
            if (raw == null) {
                return false;
            }
            lineNumber++;
            tally.lineRead();
            if (raw.isEmpty()) {
                line.parse(raw);
                reject("blank line");
                continue;
            }
            try {
                line.parse(raw);
            } catch (BadLineException e) {
                reject(e.getMessage());
                continue;
            }
            if (line.size() != fieldCount) {
                reject("expected " + fieldCount + " fields, found " + line.size());
                continue;
            }
            return true;
        }
    }

    /** Hands every remaining line to {@code handler}; a line it throws {@link BadLineException} for is rejected. */
    public void forEachLine(LineHandler handler) {
        while (next()) {
            try {
                handler.handle(this);
                accepted();
            } catch (BadLineException e) {
                reject(e.getMessage());
            }
        }
    }

    public DelimitedLine line() {
        return line;
    }

    public long lineNumber() {
        return lineNumber;
    }

    public String name() {
        return name;
    }

    public SourcePosition position() {
        return new SourcePosition(name, lineNumber);
    }

    public void reject(String reason) {
        tally.rejected();
        rejects.reject(position(), line.raw(), reason);
    }

    public void accepted() {
        tally.accepted();
    }

    public void skipped() {
        tally.skipped();
    }

    public void outOfOrder() {
        tally.outOfOrder();
    }

    @Override
    public void close() {
        closeQuietly(reader);
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing was written through this reader: a failing close loses nothing.
        }
    }
}
