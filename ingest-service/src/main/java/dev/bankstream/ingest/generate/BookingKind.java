package dev.bankstream.ingest.generate;

import static dev.bankstream.ingest.generate.TransactionCodes.CARD_WITHDRAWAL_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_DEPOSIT_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_WITHDRAWAL_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CASH_WITHDRAWAL_TYPE;
import static dev.bankstream.ingest.generate.TransactionCodes.COLLECTION_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.CREDIT_TYPE;
import static dev.bankstream.ingest.generate.TransactionCodes.DEBIT_TYPE;
import static dev.bankstream.ingest.generate.TransactionCodes.HOUSEHOLD_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.INTEREST_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.NO_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.NO_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.PENSION_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.REMITTANCE_OPERATION;
import static dev.bankstream.ingest.generate.TransactionCodes.SANCTION_INTEREST_SYMBOL;
import static dev.bankstream.ingest.generate.TransactionCodes.STATEMENT_FEE_SYMBOL;

/**
 * Every kind of row the generator books, with the type, operation and default k_symbol it is written with. Only
 * combinations seen in the real trans.asc are used.
 */
enum BookingKind {
    CASH_DEPOSIT(CREDIT_TYPE, CASH_DEPOSIT_OPERATION, NO_SYMBOL),
    SALARY(CREDIT_TYPE, COLLECTION_OPERATION, NO_SYMBOL),
    PENSION(CREDIT_TYPE, COLLECTION_OPERATION, PENSION_SYMBOL),
    INTEREST(CREDIT_TYPE, NO_OPERATION, INTEREST_SYMBOL),
    CASH_WITHDRAWAL(DEBIT_TYPE, CASH_WITHDRAWAL_OPERATION, NO_SYMBOL),
    /** Withdrawals with the undocumented type VYBER: 1.6 % of the real sample, all on busy cash accounts. */
    UNDOCUMENTED_TYPE_WITHDRAWAL(CASH_WITHDRAWAL_TYPE, CASH_WITHDRAWAL_OPERATION, NO_SYMBOL),
    CARD_WITHDRAWAL(DEBIT_TYPE, CARD_WITHDRAWAL_OPERATION, NO_SYMBOL),
    STATEMENT_FEE(DEBIT_TYPE, CASH_WITHDRAWAL_OPERATION, STATEMENT_FEE_SYMBOL),
    SANCTION_INTEREST(DEBIT_TYPE, CASH_WITHDRAWAL_OPERATION, SANCTION_INTEREST_SYMBOL),
    /** The k_symbol comes from the order's purpose. */
    STANDING_ORDER(DEBIT_TYPE, REMITTANCE_OPERATION, NO_SYMBOL),
    TRANSFER_OUT(DEBIT_TYPE, REMITTANCE_OPERATION, NO_SYMBOL),
    /** Household bills paid in cash at the counter rather than by standing order. */
    CASH_HOUSEHOLD_PAYMENT(DEBIT_TYPE, CASH_WITHDRAWAL_OPERATION, HOUSEHOLD_SYMBOL);

    /** Quoted {@code "type";"operation"} as it appears in the row. */
    private final String typeAndOperation;
    private final String kSymbolField;

    BookingKind(String type, String operation, String kSymbol) {
        this.typeAndOperation = BerkaText.quoted(type) + ';' + BerkaText.quoted(operation);
        this.kSymbolField = BerkaText.quoted(kSymbol);
    }

    String typeAndOperation() {
        return typeAndOperation;
    }

    String defaultKSymbolField() {
        return kSymbolField;
    }
}
