package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Berka folder back for assertions, independently of the generator's own code: raw lines, unquoted fields,
 * typed transactions. Also finds the real Berka folder in ../shared when it is present.
 */
final class BerkaFolder {

    /** One trans.asc row; amounts in hundredths of a crown. */
    record Transaction(long id, int accountId, LocalDate date, String type, String operation, long amountCents,
            long balanceCents, String kSymbol, String bank, String account) {

        boolean isCredit() {
            return "PRIJEM".equals(type);
        }

        long signedAmountCents() {
            return isCredit() ? amountCents : -amountCents;
        }

        boolean isIncome() {
            return "VKLAD".equals(operation) || "PREVOD Z UCTU".equals(operation);
        }
    }

    /** The real data set, searched for as ../shared/data/berka from the working directory or an ancestor. */
    static Optional<Path> realFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data").resolve("berka");
            if (Files.isRegularFile(candidate.resolve("trans.asc"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Every line of a CRLF file, without the line endings. */
    static List<String> lines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        lines.remove(lines.size() - 1);
        return lines;
    }

    static List<String[]> rows(Path folder, String table) throws IOException {
        List<String> lines = lines(folder.resolve(table));
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(";", -1);
            for (int i = 0; i < fields.length; i++) {
                fields[i] = unquote(fields[i]);
            }
            rows.add(fields);
        }
        return rows;
    }

    static List<Transaction> transactions(Path folder) throws IOException {
        List<Transaction> transactions = new ArrayList<>();
        for (String[] f : rows(folder, "trans.asc")) {
            transactions.add(new Transaction(Long.parseLong(f[0]), Integer.parseInt(f[1]), date(f[2]), f[3], f[4],
                    cents(f[5]), cents(f[6]), f[7], f[8], f[9]));
        }
        return transactions;
    }

    static LocalDate date(String yymmdd) {
        return LocalDate.of(1900 + Integer.parseInt(yymmdd.substring(0, 2)), Integer.parseInt(yymmdd.substring(2, 4)),
                Integer.parseInt(yymmdd.substring(4, 6)));
    }

    static long cents(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }

    static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1)
                : field;
    }

    private BerkaFolder() {
    }
}
