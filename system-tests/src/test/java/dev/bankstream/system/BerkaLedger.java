package dev.bankstream.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the Berka files say, read by the test itself (semicolon-separated, quoted text, CRLF, YYMMDD dates in the
 * 1900s), without any of the ingest-service's code: accounts, transactions in file order, loans and cards.
 */
final class BerkaLedger {

    record Loan(long loanId, long accountId, LocalDate grantedOn) {
    }

    record Card(String type, LocalDate issuedOn) {
    }

    final List<Long> accountIds = new ArrayList<>();
    final Map<Long, List<Booking>> bookings = new HashMap<>();
    final Map<Long, Loan> loans = new LinkedHashMap<>();
    final Map<Long, List<Card>> cardsByAccount = new HashMap<>();
    long transactionCount;

    private BerkaLedger() {
    }

    static BerkaLedger read(Path folder) {
        BerkaLedger ledger = new BerkaLedger();
        rows(folder.resolve("account.asc"), row -> ledger.accountIds.add(Long.parseLong(row[0])));
        rows(folder.resolve("trans.asc"), ledger::addBooking);
        rows(folder.resolve("loan.asc"), row -> ledger.loans.put(Long.parseLong(row[0]),
                new Loan(Long.parseLong(row[0]), Long.parseLong(row[1]), date(row[2]))));
        Map<Long, Long> accountOfDisposition = new HashMap<>();
        rows(folder.resolve("disp.asc"), row -> accountOfDisposition.put(Long.parseLong(row[0]), Long.parseLong(row[2])));
        rows(folder.resolve("card.asc"), row -> ledger.cardsByAccount
                .computeIfAbsent(accountOfDisposition.get(Long.parseLong(row[1])), account -> new ArrayList<>())
                .add(new Card(unquote(row[2]), date(row[3].substring(0, 6)))));
        return ledger;
    }

    /** The account's transactions in file order (the file is ordered by date); empty for none. */
    List<Booking> bookingsOf(long accountId) {
        return bookings.getOrDefault(accountId, List.of());
    }

    List<Card> cardsOf(long accountId) {
        return cardsByAccount.getOrDefault(accountId, List.of());
    }

    private void addBooking(String[] row) {
        long accountId = Long.parseLong(row[1]);
        bookings.computeIfAbsent(accountId, id -> new ArrayList<>()).add(new Booking(accountId, date(row[2]),
                BerkaCodes.direction(unquote(row[3])), BerkaCodes.kind(unquote(row[4]), unquote(row[7])),
                cents(row[5]), cents(row[6])));
        transactionCount++;
    }

    private static void rows(Path file, Consumer<String[]> row) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.US_ASCII)) {
            // -1 keeps trailing empty fields (bank;account are often empty at the end of trans.asc lines).
            lines.skip(1).map(line -> line.strip().split(";", -1)).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String field) {
        return field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")
                ? field.substring(1, field.length() - 1)
                : field;
    }

    private static LocalDate date(String yymmdd) {
        return LocalDate.of(1900 + Integer.parseInt(yymmdd.substring(0, 2)),
                Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
    }

    private static long cents(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
