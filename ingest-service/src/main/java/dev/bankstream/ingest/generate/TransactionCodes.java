package dev.bankstream.ingest.generate;

/** The Czech codes of trans.asc, named in English once. */
final class TransactionCodes {

    static final String CREDIT_TYPE = "PRIJEM";
    static final String DEBIT_TYPE = "VYDAJ";
    /** Undocumented type; every such row is a cash withdrawal. */
    static final String CASH_WITHDRAWAL_TYPE = "VYBER";

    static final String CASH_DEPOSIT_OPERATION = "VKLAD";
    static final String COLLECTION_OPERATION = "PREVOD Z UCTU";
    static final String CASH_WITHDRAWAL_OPERATION = "VYBER";
    static final String REMITTANCE_OPERATION = "PREVOD NA UCET";
    static final String CARD_WITHDRAWAL_OPERATION = "VYBER KARTOU";
    /** Interest rows have no operation. */
    static final String NO_OPERATION = "";

    static final String PENSION_SYMBOL = "DUCHOD";
    static final String INTEREST_SYMBOL = "UROK";
    static final String SANCTION_INTEREST_SYMBOL = "SANKC. UROK";
    static final String STATEMENT_FEE_SYMBOL = "SLUZBY";
    static final String HOUSEHOLD_SYMBOL = "SIPO";
    static final String NO_SYMBOL = "";

    private TransactionCodes() {
    }
}
