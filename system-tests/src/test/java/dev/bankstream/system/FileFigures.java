package dev.bankstream.system;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.bankstream.schemas.TransactionDirection;

/**
 * The figures an account should have as of the end of a day, computed from its trans.asc lines alone. A window of n
 * days ends on the as-of day and reaches back n-1 days (the 30 days of day D are D-29..D).
 */
final class FileFigures {

    private FileFigures() {
    }

    static AccountFigures asOf(List<Booking> bookings, LocalDate asOf) {
        long transactions = 0;
        long balance = 0;
        LocalDate balanceDate = null;
        SortedMap<String, AccountFigures.Flow> flows = new TreeMap<>();
        for (Booking booking : bookings) {
            if (booking.date().isAfter(asOf)) {
                continue;
            }
            transactions++;
            // The last line of the latest day states the balance (lines of one day are in booking order).
            if (balanceDate == null || !booking.date().isBefore(balanceDate)) {
                balance = booking.balanceCents();
                balanceDate = booking.date();
            }
            long age = ChronoUnit.DAYS.between(booking.date(), asOf);
            String total = booking.direction() == TransactionDirection.CREDIT ? "credits" : "debits";
            for (int window : AccountFigures.WINDOWS) {
                if (age < window) {
                    add(flows, AccountFigures.totalKey(total, window), booking.amountCents());
                    add(flows, AccountFigures.kindKey(booking.kind().name(), booking.direction().name(), window),
                            booking.amountCents());
                }
            }
        }
        return new AccountFigures(transactions, balance, flows);
    }

    private static void add(SortedMap<String, AccountFigures.Flow> flows, String key, long amountCents) {
        flows.put(key, flows.getOrDefault(key, new AccountFigures.Flow(0, 0, 0)).plus(amountCents));
    }
}
