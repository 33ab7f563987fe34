package dev.bankstream.ingest.source.berka;

import java.util.Map;

import dev.bankstream.ingest.source.CodeTable;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * Berka's three transaction codes (type, operation, k_symbol) decoded into a direction and a kind.
 * <p>
 * The kind is what the money is for when k_symbol says (a SIPO household payment is one whether it is a transfer or
 * made in cash), otherwise how it moved (operation). Every combination is decoded once, when the class loads, so a
 * line costs three in-place comparisons and no allocation.
 */
final class TransactionCodes {

    /** The decoding of one code combination, with the raw codes kept for audit ("type/operation/k_symbol"). */
    record Decoded(TransactionDirection direction, TransactionKind kind, String sourceCodes) {
    }

    /** VYBER is not in the guide but occurs (always with operation VYBER): a cash withdrawal, so money out. */
    static final CodeTable<TransactionDirection> TYPE = new CodeTable<>("type", Map.of(
            "PRIJEM", TransactionDirection.CREDIT,
            "VYDAJ", TransactionDirection.DEBIT,
            "VYBER", TransactionDirection.DEBIT));

    /** Empty on interest rows, whose k_symbol (UROK) says what they are. */
    static final CodeTable<TransactionKind> OPERATION = new CodeTable<>("operation", Map.of(
            "PREVOD Z UCTU", TransactionKind.SALARY_OR_TRANSFER_IN,
            "VKLAD", TransactionKind.CASH_DEPOSIT,
            "VYBER", TransactionKind.CASH_WITHDRAWAL,
            "VYBER KARTOU", TransactionKind.CARD_WITHDRAWAL,
            "PREVOD NA UCET", TransactionKind.REMITTANCE,
            "", TransactionKind.OTHER));

    /** OTHER here means "no characterisation": the operation decides. */
    static final CodeTable<TransactionKind> PURPOSE = new CodeTable<>("k_symbol", Map.ofEntries(
            Map.entry("DUCHOD", TransactionKind.PENSION),
            Map.entry("SIPO", TransactionKind.HOUSEHOLD_PAYMENT),
            Map.entry("POJISTNE", TransactionKind.INSURANCE_PAYMENT),
            Map.entry("UVER", TransactionKind.LOAN_INSTALMENT),
            Map.entry("LEASING", TransactionKind.LEASING_PAYMENT),
            Map.entry("UROK", TransactionKind.INTEREST),
            Map.entry("SANKC. UROK", TransactionKind.SANCTION_INTEREST),
            Map.entry("SLUZBY", TransactionKind.STATEMENT_FEE),
            Map.entry("", TransactionKind.OTHER)));

    private static final Decoded[][][] DECODED = decodeAll();

    private TransactionCodes() {
    }

    static Decoded decode(DelimitedLine line, int typeField, int operationField, int purposeField) {
        return DECODED[TYPE.indexOf(line, typeField)][OPERATION.indexOf(line, operationField)]
                [PURPOSE.indexOf(line, purposeField)];
    }

    private static Decoded[][][] decodeAll() {
        var decoded = new Decoded[TYPE.size()][OPERATION.size()][PURPOSE.size()];
        for (int t = 0; t < TYPE.size(); t++) {
            for (int o = 0; o < OPERATION.size(); o++) {
                for (int p = 0; p < PURPOSE.size(); p++) {
                    TransactionKind purpose = PURPOSE.value(p);
                    TransactionKind kind = purpose != TransactionKind.OTHER ? purpose : OPERATION.value(o);
                    decoded[t][o][p] = new Decoded(TYPE.value(t), kind,
                            TYPE.code(t) + "/" + OPERATION.code(o) + "/" + PURPOSE.code(p));
                }
            }
        }
        return decoded;
    }
}
