package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.io.Writer;

/** Writes trans.asc rows, numbering them with consecutive trans_ids. */
final class TransactionFileWriter {

    private final Writer out;
    private final String lineEnd;
    private final StringBuilder row = new StringBuilder(128);
    private long nextId;
    private long rows;

    TransactionFileWriter(Writer out, long firstId, String lineEnd) {
        this.out = out;
        this.nextId = firstId;
        this.lineEnd = lineEnd;
    }

    void write(String date, Booking booking) throws IOException {
        row.setLength(0);
        row.append(nextId++).append(';').append(booking.accountId()).append(';').append(date).append(';')
                .append(booking.kind().typeAndOperation()).append(';');
        BerkaText.appendMoney(row, booking.amountCents()).append(';');
        BerkaText.appendMoney(row, booking.balanceCents()).append(';');
        row.append(booking.kSymbolField()).append(';').append(booking.partnerFields()).append(lineEnd);
        out.append(row);
        rows++;
    }

    long rows() {
        return rows;
    }
}
