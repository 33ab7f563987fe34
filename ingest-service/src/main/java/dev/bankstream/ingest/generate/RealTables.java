package dev.bankstream.ingest.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The small real tables an extension needs, read from a Berka folder: accounts with their owners, standing orders,
 * loans, cards and district salaries. A deliberately small reader of our own: extension needs a handful of
 * columns and must fail loudly on anything unexpected, not skip it.
 */
final class RealTables {

    record RealAccount(int id, int districtId, StatementFrequency frequency, LocalDate opened) {
    }

    record Owner(LocalDate birthDate, boolean female) {
    }

    record RealOrder(int id, int accountId, Partner payee, long amountCents, OrderPurpose purpose) {

        /** How payments of this order are recognised in trans.asc: same payee account, same amount. */
        String paymentKey() {
            return AccountHistory.paymentKey(payee.account(), amountCents);
        }
    }

    record RealLoan(int id, int accountId, LocalDate granted, int durationMonths, long paymentsCents,
            LoanStatus status) {
    }

    final Map<Integer, RealAccount> accounts = new LinkedHashMap<>();
    final Map<Integer, Owner> owners = new HashMap<>();
    final Map<Integer, List<RealOrder>> ordersByAccount = new HashMap<>();
    final Map<Integer, RealLoan> loansByAccount = new HashMap<>();
    final Map<Integer, Card> cardsByAccount = new HashMap<>();
    final Map<Integer, Integer> districtSalaries = new HashMap<>();
    final Map<String, Long> rowsPerTable = new LinkedHashMap<>();

    static RealTables read(Path folder) throws IOException {
        RealTables tables = new RealTables();
        tables.readAll(folder);
        return tables;
    }

    private void readAll(Path folder) throws IOException {
        read(folder, BerkaLayout.DISTRICT, 16, f -> districtSalaries.put(integer(f[0]), integer(f[10])));
        read(folder, BerkaLayout.ACCOUNT, 4, f -> accounts.put(integer(f[0]), new RealAccount(integer(f[0]),
                integer(f[1]), StatementFrequency.ofCode(BerkaText.unquoted(f[2])), BerkaText.parseDate(f[3]))));
        Map<Integer, LocalDate> births = new HashMap<>();
        Map<Integer, Boolean> women = new HashMap<>();
        read(folder, BerkaLayout.CLIENT, 3, f -> {
            String number = BerkaText.unquoted(f[1]);
            int month = Integer.parseInt(number.substring(2, 4));
            boolean female = month > 50;
            births.put(integer(f[0]), LocalDate.of(1900 + Integer.parseInt(number.substring(0, 2)),
                    female ? month - 50 : month, Integer.parseInt(number.substring(4, 6))));
            women.put(integer(f[0]), female);
        });
        Map<Integer, Integer> accountOfDisposition = new HashMap<>();
        read(folder, BerkaLayout.DISPOSITION, 4, f -> {
            accountOfDisposition.put(integer(f[0]), integer(f[2]));
            if (Disposition.OWNER.equals(BerkaText.unquoted(f[3]))) {
                owners.put(integer(f[2]), new Owner(births.get(integer(f[1])), women.get(integer(f[1]))));
            }
        });
        read(folder, BerkaLayout.ORDER, 6, f -> ordersByAccount.computeIfAbsent(integer(f[1]), id -> new ArrayList<>())
                .add(new RealOrder(integer(f[0]), integer(f[1]),
                        Partner.of(BerkaText.unquoted(f[2]), BerkaText.unquoted(f[3])), BerkaText.parseMoney(f[4]),
                        OrderPurpose.ofOrderCode(BerkaText.unquoted(f[5])))));
        read(folder, BerkaLayout.LOAN, 7, f -> loansByAccount.put(integer(f[1]), new RealLoan(integer(f[0]),
                integer(f[1]), BerkaText.parseDate(f[2]), integer(f[4]), BerkaText.parseMoney(f[5]),
                LoanStatus.valueOf(BerkaText.unquoted(f[6])))));
        read(folder, BerkaLayout.CARD, 4, f -> {
            int dispositionId = integer(f[1]);
            cardsByAccount.put(accountOfDisposition.get(dispositionId), new Card(integer(f[0]), dispositionId,
                    cardType(BerkaText.unquoted(f[2])), BerkaText.parseDate(f[3])));
        });
    }

    private void read(Path folder, String table, int fields, Consumer<String[]> row) throws IOException {
        Path file = folder.resolve(table);
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split(";", -1);
                if (parts.length != fields) {
                    throw new IOException(file + ":" + (rows + 2) + ": expected " + fields + " fields: " + line);
                }
                row.accept(parts);
                rows++;
            }
        } catch (NoSuchFileException e) {
            throw new IOException("not a Berka folder, " + table + " is missing: " + folder, e);
        }
        rowsPerTable.put(table, rows);
    }

    private static int integer(String field) {
        return Integer.parseInt(BerkaText.unquoted(field).trim());
    }

    private static CardType cardType(String code) {
        for (CardType type : CardType.values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown card type: " + code);
    }
}
