package dev.bankstream.ingest.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one table file: a header line, then rows, each ended with the folder's line ending; counts the rows. */
final class TableWriter implements Closeable {

    private static final int BUFFER_CHARS = 1 << 16;

    private final Writer out;
    private final String lineEnd;
    private long rows;

    private TableWriter(Writer out, String lineEnd) {
        this.out = out;
        this.lineEnd = lineEnd;
    }

    static TableWriter create(Path file, String header, String lineEnd) throws IOException {
        TableWriter writer = new TableWriter(writer(Files.newOutputStream(file)), lineEnd);
        writer.out.append(header).append(lineEnd);
        return writer;
    }

    /** The files are plain ASCII, like the originals. */
    static Writer writer(OutputStream bytes) {
        return new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.US_ASCII), BUFFER_CHARS);
    }

    void row(CharSequence row) throws IOException {
        out.append(row).append(lineEnd);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
