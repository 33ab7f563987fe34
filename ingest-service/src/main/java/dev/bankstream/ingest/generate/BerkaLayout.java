package dev.bankstream.ingest.generate;

import java.util.List;

/**
 * The file layout of a Berka (PKDD'99) folder exactly as the original distribution has it: file names, header lines,
 * line ending. Generated folders must be indistinguishable in form from the real one, so readers take both.
 */
final class BerkaLayout {

    static final String ACCOUNT = "account.asc";
    static final String CLIENT = "client.asc";
    static final String DISPOSITION = "disp.asc";
    static final String ORDER = "order.asc";
    static final String TRANSACTION = "trans.asc";
    static final String LOAN = "loan.asc";
    static final String CARD = "card.asc";
    static final String DISTRICT = "district.asc";

    /** Our own additions, next to the Berka files. The readers look for the marker by this exact name. */
    static final String GROUND_TRUTH = "ground-truth.csv";
    static final String MARKER = "GENERATED";

    static final List<String> TABLES = List.of(ACCOUNT, CLIENT, DISPOSITION, ORDER, TRANSACTION, LOAN, CARD, DISTRICT);

    /** Every original file uses CRLF, including on its last line. */
    static final String CRLF = "\r\n";

    static final String ACCOUNT_HEADER = "\"account_id\";\"district_id\";\"frequency\";\"date\"";
    static final String CLIENT_HEADER = "\"client_id\";\"birth_number\";\"district_id\"";
    static final String DISPOSITION_HEADER = "\"disp_id\";\"client_id\";\"account_id\";\"type\"";
    static final String ORDER_HEADER = "\"order_id\";\"account_id\";\"bank_to\";\"account_to\";\"amount\";\"k_symbol\"";
    static final String TRANSACTION_HEADER = "\"trans_id\";\"account_id\";\"date\";\"type\";\"operation\";\"amount\";"
            + "\"balance\";\"k_symbol\";\"bank\";\"account\"";
    static final String LOAN_HEADER =
            "\"loan_id\";\"account_id\";\"date\";\"amount\";\"duration\";\"payments\";\"status\"";
    static final String CARD_HEADER = "\"card_id\";\"disp_id\";\"type\";\"issued\"";
    /** Unlike every other file, district's header is unquoted. */
    static final String DISTRICT_HEADER = "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16";

    static final String GROUND_TRUTH_HEADER =
            "account_id;profile;distress_onset;distress_end;loan_status;defaulted";

    static String headerOf(String table) {
        return switch (table) {
            case ACCOUNT -> ACCOUNT_HEADER;
            case CLIENT -> CLIENT_HEADER;
            case DISPOSITION -> DISPOSITION_HEADER;
            case ORDER -> ORDER_HEADER;
            case TRANSACTION -> TRANSACTION_HEADER;
            case LOAN -> LOAN_HEADER;
            case CARD -> CARD_HEADER;
            case DISTRICT -> DISTRICT_HEADER;
            default -> throw new IllegalArgumentException("not a Berka table: " + table);
        };
    }

    private BerkaLayout() {
    }
}
