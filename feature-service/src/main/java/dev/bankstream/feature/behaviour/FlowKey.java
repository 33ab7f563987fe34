package dev.bankstream.feature.behaviour;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * A transaction's kind and direction, packed into a small code under which daily flows are totalled and stored.
 * The codes are this class's own, not enum ordinals, so that a reordered enum in the schema cannot corrupt stored
 * state; a kind added to the schema must be appended to {@link #KINDS} (checked when the class loads).
 */
public record FlowKey(TransactionKind kind, TransactionDirection direction) {

    private static final List<TransactionKind> KINDS = List.of(
            TransactionKind.SALARY_OR_TRANSFER_IN, TransactionKind.CASH_DEPOSIT, TransactionKind.CASH_WITHDRAWAL,
            TransactionKind.CARD_WITHDRAWAL, TransactionKind.REMITTANCE, TransactionKind.HOUSEHOLD_PAYMENT,
            TransactionKind.INSURANCE_PAYMENT, TransactionKind.PENSION, TransactionKind.LOAN_INSTALMENT,
            TransactionKind.LEASING_PAYMENT, TransactionKind.INTEREST, TransactionKind.SANCTION_INTEREST,
            TransactionKind.STATEMENT_FEE, TransactionKind.CARD_PAYMENT, TransactionKind.OTHER);
    private static final Map<TransactionKind, Integer> KIND_CODES = new EnumMap<>(TransactionKind.class);

    static {
        for (int i = 0; i < KINDS.size(); i++) {
            KIND_CODES.put(KINDS.get(i), i);
        }
        EnumSet<TransactionKind> missing = EnumSet.allOf(TransactionKind.class);
        missing.removeAll(KINDS);
        if (!missing.isEmpty()) {
            throw new ExceptionInInitializerError("FlowKey has no stored code for " + missing + ": append it to KINDS");
        }
    }

    /** The stored code: kind code times two, plus one for debits. */
    public static int code(TransactionKind kind, TransactionDirection direction) {
        return KIND_CODES.get(kind) * 2 + (direction == TransactionDirection.DEBIT ? 1 : 0);
    }

    public static FlowKey ofCode(int code) {
        return new FlowKey(KINDS.get(code / 2), isDebit(code) ? TransactionDirection.DEBIT : TransactionDirection.CREDIT);
    }

    static boolean isDebit(int code) {
        return (code & 1) == 1;
    }

    /** Credits that are income: every credit except interest the bank pays on the balance. */
    static boolean isIncome(int code) {
        return !isDebit(code) && KINDS.get(code / 2) != TransactionKind.INTEREST;
    }

    static int codeCount() {
        return KINDS.size() * 2;
    }
}
