package dev.bankstream.ingest.source.berka;

import java.nio.file.Path;
import java.util.List;

import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceFile;

/** The eight files of a Berka / PKDD'99 folder with their exact headers, in the order they are read. */
enum BerkaFile {

    // The only header written without quotes; SourceFile accepts both.
    DISTRICT("district.asc", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A13", "A14",
            "A15", "A16"),
    CLIENT("client.asc", "client_id", "birth_number", "district_id"),
    ACCOUNT("account.asc", "account_id", "district_id", "frequency", "date"),
    DISP("disp.asc", "disp_id", "client_id", "account_id", "type"),
    ORDER("order.asc", "order_id", "account_id", "bank_to", "account_to", "amount", "k_symbol"),
    LOAN("loan.asc", "loan_id", "account_id", "date", "amount", "duration", "payments", "status"),
    CARD("card.asc", "card_id", "disp_id", "type", "issued"),
    TRANS("trans.asc", "trans_id", "account_id", "date", "type", "operation", "amount", "balance", "k_symbol", "bank",
            "account");

    static final char SEPARATOR = ';';

    private final String fileName;
    private final List<String> header;

    BerkaFile(String fileName, String... header) {
        this.fileName = fileName;
        this.header = List.of(header);
    }

    String fileName() {
        return fileName;
    }

    int fieldCount() {
        return header.size();
    }

    Path in(Path folder) {
        return folder.resolve(fileName);
    }

    SourceFile open(Path folder, RejectSink rejects, FileTally tally) {
        return SourceFile.open(in(folder), SEPARATOR, header, rejects, tally);
    }
}
