package dev.bankstream.backtest.report;

import java.time.LocalDate;

/**
 * A loan as the backtest judges it: when it was granted and for how long (from its point-in-time snapshot), and how it
 * ended (from its outcome).
 */
public record LoanRecord(long loanId, long accountId, LocalDate grantedOn, int durationMonths, boolean defaulted) {

    /** The last day of the loan's term. */
    public LocalDate ends() {
        return grantedOn.plusMonths(durationMonths);
    }
}
