package dev.bankstream.ingest.source.berka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small Berka folder in the original format (quoted headers except district.asc, CRLF line ends), with
 * rows a test can replace or extend. The default content is a consistent little bank: two districts (one with the
 * original's '?' cells), three clients, two accounts, three dispositions, two orders, a loan, a card and four
 * transactions.
 * Public for the replay tests, which need a real folder to replay.
 */
public final class BerkaFolder {

    private static final Map<BerkaFile, String> HEADERS = Map.of(
            BerkaFile.DISTRICT, "A1;A2;A3;A4;A5;A6;A7;A8;A9;A10;A11;A12;A13;A14;A15;A16",
            BerkaFile.CLIENT, "\"client_id\";\"birth_number\";\"district_id\"",
            BerkaFile.ACCOUNT, "\"account_id\";\"district_id\";\"frequency\";\"date\"",
            BerkaFile.DISP, "\"disp_id\";\"client_id\";\"account_id\";\"type\"",
            BerkaFile.ORDER, "\"order_id\";\"account_id\";\"bank_to\";\"account_to\";\"amount\";\"k_symbol\"",
            BerkaFile.LOAN, "\"loan_id\";\"account_id\";\"date\";\"amount\";\"duration\";\"payments\";\"status\"",
            BerkaFile.CARD, "\"card_id\";\"disp_id\";\"type\";\"issued\"",
            BerkaFile.TRANS, "\"trans_id\";\"account_id\";\"date\";\"type\";\"operation\";\"amount\";\"balance\";"
                    + "\"k_symbol\";\"bank\";\"account\"");

    private final Map<BerkaFile, List<String>> rows = new EnumMap<>(BerkaFile.class);
    private String lineEnd = "\r\n";

    private BerkaFolder() {
        rows(BerkaFile.DISTRICT,
                "1;\"Hl.m. Praha\";\"Prague\";1204953;0;0;0;1;1;100.0;12541;0.29;0.43;167;85677;99107",
                "69;\"Jesenik\";\"north Moravia\";42821;4;13;5;1;3;48.4;8173;?;7.01;124;?;1358");
        rows(BerkaFile.CLIENT, "1;\"706213\";1", "2;\"450204\";1", "3;\"395423\";69");
        rows(BerkaFile.ACCOUNT, "1;1;\"POPLATEK MESICNE\";930101", "2;69;\"POPLATEK TYDNE\";930102");
        rows(BerkaFile.DISP, "1;1;1;\"OWNER\"", "2;2;2;\"OWNER\"", "3;3;2;\"DISPONENT\"");
        rows(BerkaFile.ORDER, "29401;1;\"YZ\";\"87144583\";2452.00;\"SIPO\"",
                "29402;2;\"ST\";\"89597016\";3372.70;\" \"");
        rows(BerkaFile.LOAN, "5314;1;930705;96396;12;8033.00;\"B\"");
        rows(BerkaFile.CARD, "1005;3;\"classic\";931107 00:00:00");
        rows(BerkaFile.TRANS,
                "1001;1;930101;\"PRIJEM\";\"VKLAD\";700.00;700.00;\"\";;",
                "1002;2;930102;\"PRIJEM\";\"VKLAD\";900.00;900.00;\"\";;",
                "1003;1;930131;\"PRIJEM\";\"\";1.20;701.20;\"UROK\";;",
                "1004;2;930205;\"VYDAJ\";\"PREVOD NA UCET\";300.00;600.00;\"SIPO\";\"YZ\";\"87144583\"");
    }

    public static BerkaFolder small() {
        return new BerkaFolder();
    }

    /** Replaces the data rows of {@code file}. */
    BerkaFolder rows(BerkaFile file, String... lines) {
        rows.put(file, new ArrayList<>(Arrays.asList(lines)));
        return this;
    }

    /** Puts {@code line} after the first data row of {@code file}: line 3 of the file. */
    BerkaFolder insertSecondRow(BerkaFile file, String line) {
        rows.get(file).add(1, line);
        return this;
    }

    BerkaFolder addRows(BerkaFile file, String... lines) {
        rows.get(file).addAll(Arrays.asList(lines));
        return this;
    }

    /** Appends rows to trans.asc, for tests outside this package. */
    public BerkaFolder addTransactions(String... lines) {
        return addRows(BerkaFile.TRANS, lines);
    }

    BerkaFolder withLfLineEnds() {
        lineEnd = "\n";
        return this;
    }

    public Path writeTo(Path folder) {
        try {
            for (BerkaFile file : BerkaFile.values()) {
                var content = new StringBuilder(HEADERS.get(file)).append(lineEnd);
                rows.get(file).forEach(row -> content.append(row).append(lineEnd));
                Files.writeString(file.in(folder), content, StandardCharsets.US_ASCII);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
