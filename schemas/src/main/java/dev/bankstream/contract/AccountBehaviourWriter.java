package dev.bankstream.contract;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.Encoder;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.StandingOrderHeld;

/**
 * Behaviour snapshots in Avro binary, field by field. The feature-service writes about one per input record, and Avro
 * writes a snapshot through its generic field walk: every number boxed, every optional field's union branch looked up
 * by name (a tenth of its stream thread). Nested records without logical types write themselves with their
 * generated encoders, as Avro would have them do; the rest is written here. The bytes are Avro's (a test compares
 * them on random snapshots, and the serializer compares them once per schema at run time). Only the schema this was
 * written for is written this way: any other, or this one once changed, is left to Avro.
 */
final class AccountBehaviourWriter implements DatumWriter<AccountBehaviour> {

    /** Parsing Canonical Form fingerprint of the schema below; the date fields are checked by the compiler. */
    static final long SCHEMA_FINGERPRINT = 0x8fbe5d69f73e2d8aL;

    /** This writer for the generated class's own schema, as this writer was written for it; otherwise null. */
    static AccountBehaviourWriter forSchema(Schema schema) {
        return schema.equals(AccountBehaviour.getClassSchema())
                && SchemaNormalization.parsingFingerprint64(schema) == SCHEMA_FINGERPRINT ? new AccountBehaviourWriter() : null;
    }

    @Override
    public void setSchema(Schema schema) {
        throw new UnsupportedOperationException("an AccountBehaviourWriter writes the schema it was made for");
    }

    @Override
    public void write(AccountBehaviour behaviour, Encoder out) throws IOException {
        out.writeLong(behaviour.getAccountId());
        writeDate(behaviour.getAsOfDate(), out);
        if (optional(behaviour.getOpenedOn(), out)) {
            writeDate(behaviour.getOpenedOn(), out);
        }
        out.writeInt(behaviour.getTenureDays());
        out.writeLong(behaviour.getTransactionCount());
        out.writeLong(behaviour.getTransactionsBeforeOpening());
        out.writeDouble(behaviour.getBalance());
        behaviour.getBalance30d().customEncode(out);
        behaviour.getBalance90d().customEncode(out);
        behaviour.getBalance365d().customEncode(out);
        behaviour.getBalanceSinceOpening().customEncode(out);
        out.writeInt(behaviour.getNegativeBalanceDays());
        behaviour.getCredits().customEncode(out);
        behaviour.getDebits().customEncode(out);
        List<KindFlows> byKind = behaviour.getByKind();
        startArray(byKind, out);
        for (KindFlows kind : byKind) {
            out.startItem();
            kind.customEncode(out);
        }
        out.writeArrayEnd();
        out.writeDouble(behaviour.getSmallVsLarge());
        if (optional(behaviour.getMonthsSinceLastCredit(), out)) {
            out.writeDouble(behaviour.getMonthsSinceLastCredit());
        }
        out.writeDouble(behaviour.getMonthlyIncome());
        if (optional(behaviour.getSavingsRatio(), out)) {
            out.writeDouble(behaviour.getSavingsRatio());
        }
        out.writeEnum(behaviour.getStatementFrequency().ordinal());
        if (optional(behaviour.getOwnerAge(), out)) {
            out.writeInt(behaviour.getOwnerAge());
        }
        out.writeEnum(behaviour.getOwnerGender().ordinal());
        out.writeInt(behaviour.getDisponents());
        if (optional(behaviour.getDistrict(), out)) {
            behaviour.getDistrict().customEncode(out);
        }
        List<CardHeld> cards = behaviour.getCards();
        startArray(cards, out);
        for (CardHeld card : cards) {
            out.startItem();
            out.writeEnum(card.getCardType().ordinal());
            writeDate(card.getIssuedOn(), out);
        }
        out.writeArrayEnd();
        List<StandingOrderHeld> orders = behaviour.getStandingOrders();
        startArray(orders, out);
        for (StandingOrderHeld order : orders) {
            out.startItem();
            order.customEncode(out);
        }
        out.writeArrayEnd();
        if (optional(behaviour.getLoan(), out)) {
            writeLoan(behaviour.getLoan(), out);
        }
    }

    private static void writeLoan(LoanFacts loan, Encoder out) throws IOException {
        out.writeLong(loan.getLoanId());
        writeDate(loan.getGrantedOn(), out);
        out.writeDouble(loan.getAmount());
        out.writeInt(loan.getDurationMonths());
        out.writeDouble(loan.getMonthlyPayment());
        if (optional(loan.getPaymentToIncome(), out)) {
            out.writeDouble(loan.getPaymentToIncome());
        }
    }

    /** A ["null", T] union's branch: true when the value follows (branch 1), false for null (branch 0). */
    private static boolean optional(Object value, Encoder out) throws IOException {
        if (value == null) {
            out.writeIndex(0);
            out.writeNull();
            return false;
        }
        out.writeIndex(1);
        return true;
    }

    private static void startArray(List<?> items, Encoder out) throws IOException {
        out.writeArrayStart();
        out.setItemCount(items.size());
    }

    private static void writeDate(LocalDate date, Encoder out) throws IOException {
        out.writeInt(Math.toIntExact(date.toEpochDay()));
    }
}
