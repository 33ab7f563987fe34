package dev.bankstream.contract;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.LocalDate;

import org.apache.avro.AvroTypeException;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;

import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * Transactions read from Avro binary field by field, the counterpart of {@link TransactionWriter}: Avro's resolving
 * reader walks the fields generically, builds every decimal through a BigInteger and every optional string through a
 * union lookup, and that was 8 % of the feature-service's stream thread. Only records written with the generated
 * class's own schema are read this way (there is nothing to resolve); a test compares the result with Avro's on
 * random transactions.
 */
final class TransactionReader implements DatumReader<Transaction> {

    private static final TransactionDirection[] DIRECTIONS = TransactionDirection.values();
    private static final TransactionKind[] KINDS = TransactionKind.values();
    private static final ThreadLocal<ByteBuffer> DECIMAL_BYTES = ThreadLocal.withInitial(() -> ByteBuffer.allocate(16));

    private final int amountScale;
    private final int balanceScale;

    private TransactionReader(Schema schema) {
        this.amountScale = ((LogicalTypes.Decimal) schema.getField("amount").schema().getLogicalType()).getScale();
        this.balanceScale = ((LogicalTypes.Decimal) schema.getField("balanceAfter").schema().getLogicalType()).getScale();
    }

    /** This reader for data written with the generated class's own schema, laid out as the writer expects; otherwise null. */
    static TransactionReader forSchema(Schema writerSchema) {
        return TransactionWriter.forSchema(writerSchema) != null ? new TransactionReader(writerSchema) : null;
    }

    @Override
    public void setSchema(Schema schema) {
        throw new UnsupportedOperationException("a TransactionReader reads the schema it was made for");
    }

    @Override
    public Transaction read(Transaction reuse, Decoder in) throws IOException {
        long transactionId = in.readLong();
        long accountId = in.readLong();
        LocalDate bookingDate = LocalDate.ofEpochDay(in.readInt());
        TransactionDirection direction = symbol(DIRECTIONS, in.readEnum());
        TransactionKind kind = symbol(KINDS, in.readEnum());
        BigDecimal amount = readDecimal(in, amountScale);
        BigDecimal balanceAfter = readDecimal(in, balanceScale);
        String partnerBank = readOptional(in);
        String partnerAccount = readOptional(in);
        String sourceCodes = in.readString();
        return new Transaction(transactionId, accountId, bookingDate, direction, kind, amount, balanceAfter,
                partnerBank, partnerAccount, sourceCodes);
    }

    private static <E> E symbol(E[] symbols, int index) {
        if (index < 0 || index >= symbols.length) {
            throw new AvroTypeException("Enum index " + index + " is not one of the " + symbols.length + " symbols");
        }
        return symbols[index];
    }

    /** The unscaled value is big-endian two's complement; up to 8 bytes it fits a long, without a BigInteger. */
    private static BigDecimal readDecimal(Decoder in, int scale) throws IOException {
        ByteBuffer bytes = in.readBytes(DECIMAL_BYTES.get());
        int length = bytes.remaining();
        if (length == 0 || length > Long.BYTES) {
            byte[] unscaled = new byte[length];
            bytes.get(unscaled);
            return new BigDecimal(new BigInteger(unscaled), scale);
        }
        long unscaled = bytes.get();
        for (int i = 1; i < length; i++) {
            unscaled = (unscaled << Byte.SIZE) | (bytes.get() & 0xFF);
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /** A ["null", "string"] union. */
    private static String readOptional(Decoder in) throws IOException {
        int branch = in.readIndex();
        if (branch == 0) {
            in.readNull();
            return null;
        }
        if (branch != 1) {
            throw new AvroTypeException("Union branch " + branch + " of [null, string]");
        }
        return in.readString();
    }
}
