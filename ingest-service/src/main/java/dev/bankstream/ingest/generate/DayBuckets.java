package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One month of bookings of all accounts, grouped by day, so trans.asc comes out sorted by date while only a month
 * is held in memory. Within a day, rows keep the order they were booked in, which is each account's booking order:
 * the balance column chains in file order.
 */
final class DayBuckets {

    private static final int MAX_DAYS = 31;

    private final List<List<Booking>> days = new ArrayList<>(MAX_DAYS);

    DayBuckets() {
        for (int i = 0; i < MAX_DAYS; i++) {
            days.add(new ArrayList<>());
        }
    }

    void add(int dayOfMonth, Booking booking) {
        days.get(dayOfMonth - 1).add(booking);
    }

    void drainTo(YearMonth month, TransactionFileWriter writer) throws IOException {
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            List<Booking> bookings = days.get(day - 1);
            if (bookings.isEmpty()) {
                continue;
            }
            String date = BerkaText.date(month.atDay(day));
            for (Booking booking : bookings) {
                writer.write(date, booking);
            }
            bookings.clear();
        }
    }
}
