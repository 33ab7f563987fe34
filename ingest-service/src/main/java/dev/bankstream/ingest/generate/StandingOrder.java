package dev.bankstream.ingest.generate;

import java.time.YearMonth;

/**
 * A permanent payment order: pays {@code amountCents} to {@code payee} on {@code day} of every month from
 * {@code firstMonth} to {@code lastMonth} (null: until the data ends). A loan's instalments are such an order,
 * bounded by the contract.
 */
record StandingOrder(int id, int accountId, OrderPurpose purpose, Partner payee, long amountCents, int day,
        YearMonth firstMonth, YearMonth lastMonth, boolean loanInstalment) {

    boolean isDueIn(YearMonth month) {
        return !month.isBefore(firstMonth) && (lastMonth == null || !month.isAfter(lastMonth));
    }
}
