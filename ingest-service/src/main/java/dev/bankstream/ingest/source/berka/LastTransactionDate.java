package dev.bankstream.ingest.source.berka;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.UnreadableFileException;

/**
 * The date of trans.asc's last well-formed line, read from the end of the file: trans.asc is in date order, so this
 * is the data set's last transaction date, known before the timeline is streamed and without reading the file.
 */
final class LastTransactionDate {

    private static final int BLOCK_BYTES = 8192;
    private static final int DATE_FIELD = 2;

    private LastTransactionDate() {
    }

    static Optional<LocalDate> of(Path transFile) {
        try (FileChannel channel = FileChannel.open(transFile, StandardOpenOption.READ)) {
            var line = new DelimitedLine(BerkaFile.SEPARATOR);
            // Bytes after `position` not examined yet: the start of a line whose beginning is in an earlier block.
            byte[] unexamined = new byte[0];
            long position = channel.size();
            while (position > 0) {
                int blockLength = (int) Math.min(BLOCK_BYTES, position);
                position -= blockLength;
                byte[] bytes = Arrays.copyOf(read(channel, position, blockLength), blockLength + unexamined.length);
                System.arraycopy(unexamined, 0, bytes, blockLength, unexamined.length);
                int lineEnd = bytes.length;
                for (int i = bytes.length - 1; i >= 0; i--) {
                    if (bytes[i] == '\n') {
                        Optional<LocalDate> date = dateOf(line, bytes, i + 1, lineEnd);
                        if (date.isPresent()) {
                            return date;
                        }
                        lineEnd = i;
                    }
                }
                unexamined = Arrays.copyOf(bytes, lineEnd);
            }
            // What is left is the header line.
            return Optional.empty();
        } catch (IOException e) {
            throw new UnreadableFileException(transFile, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        var buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("file shrank while reading");
            }
        }
        return buffer.array();
    }

    private static Optional<LocalDate> dateOf(DelimitedLine line, byte[] bytes, int start, int end) {
        int length = end > start && bytes[end - 1] == '\r' ? end - start - 1 : end - start;
        try {
            line.parse(new String(bytes, start, length, StandardCharsets.ISO_8859_1));
            if (line.size() != BerkaFile.TRANS.fieldCount()) {
                return Optional.empty();
            }
            return Optional.of(BerkaDate.parse(line, DATE_FIELD, "date"));
        } catch (BadLineException e) {
            return Optional.empty();
        }
    }
}
