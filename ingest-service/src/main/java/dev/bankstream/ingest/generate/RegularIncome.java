package dev.bankstream.ingest.generate;

import java.time.YearMonth;

/**
 * A monthly transfer in (salary or pension) from one payer on a fixed day, raised a little each January as
 * salaries and pensions were indexed.
 */
record RegularIncome(Partner payer, long baseCents, int year, int day) {

    private static final double YEARLY_RAISE = 0.03;

    long amountIn(YearMonth month) {
        int years = month.getYear() - year;
        if (years <= 0) {
            return baseCents;
        }
        return Math.round(baseCents * StrictMath.pow(1 + YEARLY_RAISE, years) / 100.0) * 100;
    }
}
