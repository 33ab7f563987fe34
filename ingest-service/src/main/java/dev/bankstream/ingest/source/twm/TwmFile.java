package dev.bankstream.ingest.source.twm;

import java.nio.file.Path;
import java.util.List;

import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceFile;

/**
 * The twm files Bankstream reads, with their exact headers. twm_transactions.csv is used rather than the three
 * *_tran files: it holds the same rows (plus the 20 orphan rows of account 1376137423), names the account of every
 * row, and is one file to stream. The *_acct files add product details (credit limit, minimum balance) that the
 * contract has no field for.
 */
enum TwmFile {

    CUSTOMER("twm_customer.csv", "cust_id", "income", "age", "years_with_bank", "nbr_children", "gender",
            "marital_status", "name_prefix", "first_name", "last_name", "street_nbr", "street_name", "postal_code",
            "city_name", "state_code"),
    ACCOUNTS("twm_accounts.csv", "acct_nbr", "cust_id", "acct_type", "account_active", "acct_start_date",
            "acct_end_date", "starting_balance", "ending_balance"),
    TRANSACTIONS("twm_transactions.csv", "tran_id", "acct_nbr", "tran_amt", "principal_amt", "interest_amt",
            "new_balance", "tran_date", "tran_time", "channel", "tran_code");

    private static final char SEPARATOR = ';';

    private final String fileName;
    private final List<String> header;

    TwmFile(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    String fileName() {
        return fileName;
    }

    Path in(Path folder) {
        return folder.resolve(fileName);
    }

    SourceFile open(Path folder, RejectSink rejects, FileTally tally) {
        return SourceFile.open(in(folder), SEPARATOR, header, rejects, tally);
    }
}
