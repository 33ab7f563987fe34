package dev.bankstream.ingest.source.twm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * A decoded twm transaction waiting to be put in date order: compact (no Avro object, no BigDecimal) so that a sort
 * chunk costs little memory, and written to a sorted run as fixed fields. Ordered by date, then line number.
 */
record TransactionRow(long lineNumber, long epochDay, long transactionId, long accountId,
        TransactionDirection direction, TransactionKind kind, long amountHundredths, long balanceHundredths,
        String sourceCode) implements Comparable<TransactionRow> {

    private static final TransactionDirection[] DIRECTIONS = TransactionDirection.values();
    private static final TransactionKind[] KINDS = TransactionKind.values();

    @Override
    public int compareTo(TransactionRow other) {
        int byDate = Long.compare(epochDay, other.epochDay);
        return byDate != 0 ? byDate : Long.compare(lineNumber, other.lineNumber);
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeLong(lineNumber);
        out.writeLong(epochDay);
        out.writeLong(transactionId);
        out.writeLong(accountId);
        out.writeByte(direction.ordinal());
        out.writeByte(kind.ordinal());
        out.writeLong(amountHundredths);
        out.writeLong(balanceHundredths);
        out.writeUTF(sourceCode);
    }

    static TransactionRow readFrom(DataInput in) throws IOException {
        return new TransactionRow(in.readLong(), in.readLong(), in.readLong(), in.readLong(),
                DIRECTIONS[in.readByte()], KINDS[in.readByte()], in.readLong(), in.readLong(), in.readUTF());
    }

    SourceEvent<Long, Transaction> toEvent(String fileName) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        var transaction = new Transaction(transactionId, accountId, date, direction, kind,
                BigDecimal.valueOf(amountHundredths, 2), BigDecimal.valueOf(balanceHundredths, 2), null, null,
                sourceCode);
        return new SourceEvent<>(Topics.TRANSACTIONS, accountId, transaction, date,
                new SourcePosition(fileName, lineNumber));
    }
}
