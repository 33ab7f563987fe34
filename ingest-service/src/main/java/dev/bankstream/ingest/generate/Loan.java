package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A loan: granted on a date, repaid in {@code durationMonths} equal monthly payments starting the month after the
 * grant. As in Berka, amount = payments x duration.
 */
record Loan(int id, int accountId, LocalDate granted, int durationMonths, long paymentsCents, LoanStatus status) {

    /** Every real instalment in the sample is booked on the 12th. */
    static final int INSTALMENT_DAY = 12;

    YearMonth firstInstalmentMonth() {
        return YearMonth.from(granted).plusMonths(1);
    }

    YearMonth lastInstalmentMonth() {
        return YearMonth.from(granted).plusMonths(durationMonths);
    }

    long amountCents() {
        return paymentsCents * durationMonths;
    }

    static boolean finishedBy(LocalDate granted, int durationMonths, LocalDate asOf) {
        return !YearMonth.from(granted).plusMonths(durationMonths).atDay(INSTALMENT_DAY).isAfter(asOf);
    }
}
