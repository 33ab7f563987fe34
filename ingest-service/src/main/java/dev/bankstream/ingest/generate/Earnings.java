package dev.bankstream.ingest.generate;

import java.time.YearMonth;

/** An account's income, settled before its orders and loan, which are sized to it. */
record Earnings(RegularIncome salary, RegularIncome pension, long cashIncomeCents, double depositsPerMonth) {

    /**
     * These earnings raised, if need be, by extra cash income to at least {@code floorCents} a month: real orders
     * the owner is known to pay imply an income that covers them.
     */
    Earnings atLeast(long floorCents, YearMonth month) {
        long missing = floorCents - monthlyCents(month);
        if (missing <= 0) {
            return this;
        }
        return new Earnings(salary, pension, cashIncomeCents + missing, Math.max(1.0, depositsPerMonth));
    }

    long monthlyCents(YearMonth month) {
        long income = cashIncomeCents;
        if (salary != null) {
            income += salary.amountIn(month);
        }
        if (pension != null) {
            income += pension.amountIn(month);
        }
        return income;
    }
}
