package dev.bankstream.ingest.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One streamed pass over a real trans.asc: per-account histories plus the file facts an extension must continue
 * from (last date, largest id, line ending, whether the last line is terminated).
 */
final class TransactionScan {

    private static final int FIELDS = 10;

    final Map<Integer, AccountHistory> histories = new HashMap<>();
    LocalDate lastDate;
    long largestId;
    long rows;
    String lineEnd = BerkaLayout.CRLF;
    boolean endsWithLineEnd = true;

    static TransactionScan of(Path file) throws IOException {
        TransactionScan scan = new TransactionScan();
        try {
            scan.readLayout(file);
            scan.readRows(file);
        } catch (NoSuchFileException e) {
            throw new IOException("not a Berka folder, trans.asc is missing: " + file.getParent(), e);
        }
        if (scan.lastDate == null) {
            throw new IOException("trans.asc holds no transactions to continue: " + file);
        }
        return scan;
    }

    /** Appended rows must use the file's own line ending, and must not run on from an unterminated last line. */
    private void readLayout(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(512);
            for (int i = 0; i < head.length; i++) {
                if (head[i] == '\n') {
                    lineEnd = i > 0 && head[i - 1] == '\r' ? BerkaLayout.CRLF : "\n";
                    break;
                }
            }
        }
        long size = Files.size(file);
        if (size > 0) {
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                channel.position(size - 1);
                ByteBuffer last = ByteBuffer.allocate(1);
                channel.read(last);
                endsWithLineEnd = last.get(0) == '\n';
            }
        }
    }

    private void readRows(Path file) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(";", -1);
                if (f.length != FIELDS) {
                    throw new IOException(file + ":" + (rows + 2) + ": expected " + FIELDS + " fields: " + line);
                }
                LocalDate date = dates.computeIfAbsent(f[2], BerkaText::parseDate);
                long id = Long.parseLong(f[0]);
                largestId = Math.max(largestId, id);
                if (lastDate == null || date.isAfter(lastDate)) {
                    lastDate = date;
                }
                histories.computeIfAbsent(Integer.parseInt(f[1]), account -> new AccountHistory())
                        .add(date, BerkaText.unquoted(f[3]), BerkaText.unquoted(f[4]), BerkaText.parseMoney(f[5]),
                                BerkaText.parseMoney(f[6]), BerkaText.unquoted(f[7]), BerkaText.unquoted(f[8]),
                                BerkaText.unquoted(f[9]));
                rows++;
            }
        }
    }
}
