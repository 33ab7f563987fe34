package dev.bankstream.system;

import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * The test's own decoding of trans.asc's codes, from the data set's README (the PKDD'99 guide): type gives the
 * direction; k_symbol says what the money is for and, when it is empty, operation says how it moved. An unknown code
 * fails the test rather than being guessed.
 */
final class BerkaCodes {

    private BerkaCodes() {
    }

    static TransactionDirection direction(String type) {
        return switch (type) {
            case "PRIJEM" -> TransactionDirection.CREDIT;
            // VYBER is not in the guide; every such row is a cash withdrawal (README), so money out.
            case "VYDAJ", "VYBER" -> TransactionDirection.DEBIT;
            default -> throw new IllegalArgumentException("unknown trans.type " + type);
        };
    }

    static TransactionKind kind(String operation, String purpose) {
        return switch (purpose.trim()) {
            case "POJISTNE" -> TransactionKind.INSURANCE_PAYMENT;
            case "SLUZBY" -> TransactionKind.STATEMENT_FEE;
            case "UROK" -> TransactionKind.INTEREST;
            case "SANKC. UROK" -> TransactionKind.SANCTION_INTEREST;
            case "SIPO" -> TransactionKind.HOUSEHOLD_PAYMENT;
            case "DUCHOD" -> TransactionKind.PENSION;
            case "UVER" -> TransactionKind.LOAN_INSTALMENT;
            case "LEASING" -> TransactionKind.LEASING_PAYMENT;
            case "" -> byOperation(operation);
            default -> throw new IllegalArgumentException("unknown trans.k_symbol " + purpose);
        };
    }

    private static TransactionKind byOperation(String operation) {
        return switch (operation) {
            case "VYBER KARTOU" -> TransactionKind.CARD_WITHDRAWAL;
            case "VKLAD" -> TransactionKind.CASH_DEPOSIT;
            case "PREVOD Z UCTU" -> TransactionKind.SALARY_OR_TRANSFER_IN;
            case "VYBER" -> TransactionKind.CASH_WITHDRAWAL;
            case "PREVOD NA UCET" -> TransactionKind.REMITTANCE;
            default -> throw new IllegalArgumentException("trans.operation '" + operation + "' without a k_symbol");
        };
    }
}
