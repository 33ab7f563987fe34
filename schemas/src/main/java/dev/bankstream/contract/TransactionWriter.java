package dev.bankstream.contract;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;

import dev.bankstream.schemas.Transaction;

/**
 * Transactions in Avro binary, field by field. Nearly every event of a replay is a transaction, and Avro writes one
 * through its generic field walk: both ids boxed, each union branch looked up by name, each decimal turned into a
 * BigInteger. Avro's generated classes write themselves without that walk only when they have no logical types, and a
 * transaction has a date and two decimals. The bytes are Avro's (a test compares them on random transactions, and the
 * serializer compares them once per schema at run time); a schema other than the one this follows is left to Avro.
 */
final class TransactionWriter implements DatumWriter<Transaction> {

    private static final String LAYOUT = "transactionId:LONG accountId:LONG bookingDate:INT:date direction:ENUM "
            + "kind:ENUM amount:BYTES:decimal balanceAfter:BYTES:decimal partnerBank:UNION[NULL,STRING] "
            + "partnerAccount:UNION[NULL,STRING] sourceCodes:STRING";
    private static final Conversions.DecimalConversion AVRO_DECIMALS = new Conversions.DecimalConversion();

    private final Schema amountSchema;
    private final LogicalTypes.Decimal amountType;
    private final Schema balanceSchema;
    private final LogicalTypes.Decimal balanceType;

    private TransactionWriter(Schema schema) {
        this.amountSchema = schema.getField("amount").schema();
        this.amountType = (LogicalTypes.Decimal) amountSchema.getLogicalType();
        this.balanceSchema = schema.getField("balanceAfter").schema();
        this.balanceType = (LogicalTypes.Decimal) balanceSchema.getLogicalType();
    }

    /** This writer for the generated class's own schema, laid out as this writer expects; otherwise null. */
    static TransactionWriter forSchema(Schema schema) {
        return schema.equals(Transaction.getClassSchema()) && layout(schema).equals(LAYOUT) ? new TransactionWriter(schema) : null;
    }

    private static String layout(Schema schema) {
        return schema.getFields().stream()
                .map(field -> field.name() + ":" + type(field.schema())).collect(Collectors.joining(" "));
    }

    private static String type(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            return "UNION" + schema.getTypes().stream().map(Schema::getType).toList().toString().replace(" ", "");
        }
        return schema.getType() + (schema.getLogicalType() == null ? "" : ":" + schema.getLogicalType().getName());
    }

    @Override
    public void setSchema(Schema schema) {
        throw new UnsupportedOperationException("a TransactionWriter writes the schema it was made for");
    }

    @Override
    public void write(Transaction transaction, Encoder out) throws IOException {
        out.writeLong(transaction.getTransactionId());
        out.writeLong(transaction.getAccountId());
        out.writeInt(Math.toIntExact(transaction.getBookingDate().toEpochDay()));
        out.writeEnum(transaction.getDirection().ordinal());
        out.writeEnum(transaction.getKind().ordinal());
        writeDecimal(transaction.getAmount(), amountSchema, amountType, out);
        writeDecimal(transaction.getBalanceAfter(), balanceSchema, balanceType, out);
        writeOptional(transaction.getPartnerBank(), out);
        writeOptional(transaction.getPartnerAccount(), out);
        out.writeString(transaction.getSourceCodes());
    }

    private static void writeDecimal(BigDecimal value, Schema schema, LogicalTypes.Decimal type, Encoder out) throws IOException {
        if (!DecimalSpecificWriter.writeDecimal(value, type, out)) {
            out.writeBytes(AVRO_DECIMALS.toBytes(value, schema, type));
        }
    }

    /** A ["null", "string"] union: branch 0 is null and writes nothing more. */
    private static void writeOptional(String value, Encoder out) throws IOException {
        if (value == null) {
            out.writeIndex(0);
            out.writeNull();
        } else {
            out.writeIndex(1);
            out.writeString(value);
        }
    }
}
