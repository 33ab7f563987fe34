package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Decides when distress starts. Onsets fall on the first of a month, at least three full months after income began
 * (so there is a normal quarter to compare with) and at least three months before the as-of date (so the
 * following quarter is in the data too). Ground truth records the onset, so backtests measure lead time exactly.
 */
final class DistressPlanner {

    /** A finished bad loan must have had instalments left to miss after distress began. */
    private static final int INSTALMENTS_LEFT_AFTER_ONSET = 6;
    private static final int DRAIN_MONTHS = 3;
    /** Loans go bad after at least one instalment was paid. */
    private static final int FIRST_ONSET_AFTER_GRANT_MONTHS = 2;
    /** Running bad loans went bad within the last two years. */
    private static final int LONGEST_RUNNING_DISTRESS_MONTHS = 21;
    private static final double JOB_LOSS_SHARE = 0.6;
    /** Share of eligible accounts that go through hard times without defaulting. */
    static final double TEMPORARY_SHARE = 0.03;

    /**
     * Distress that ends in default on the given loan (status B if the contract has finished by {@code asOf}, D if
     * it is running), or null if no onset fits between {@code earliestOnset} and the data's end.
     */
    static Distress defaulting(Rng rng, IncomeProfile profile, LocalDate granted, int durationMonths,
            YearMonth earliestOnset, LocalDate asOf) {
        YearMonth grantMonth = YearMonth.from(granted);
        YearMonth lower = later(grantMonth.plusMonths(FIRST_ONSET_AFTER_GRANT_MONTHS), earliestOnset);
        // Leave a few months for savings to run out and instalments to bounce before the data ends.
        YearMonth upper = latestOnset(asOf).minusMonths(DRAIN_MONTHS);
        if (Loan.finishedBy(granted, durationMonths, asOf)) {
            upper = earlier(upper, grantMonth.plusMonths(durationMonths - INSTALMENTS_LEFT_AFTER_ONSET));
        } else {
            lower = later(lower, upper.minusMonths(LONGEST_RUNNING_DISTRESS_MONTHS));
        }
        if (lower.isAfter(upper)) {
            return null;
        }
        YearMonth onset = between(rng, lower, upper);
        double incomeFactor = profile == IncomeProfile.SALARIED && rng.chance(JOB_LOSS_SHARE)
                ? 0
                : rng.between(0.05, 0.3);
        return new Distress(onset.atDay(1), null, incomeFactor, true);
    }

    /** A spell of lower income that passes without default, or null if none fits. */
    static Distress temporary(Rng rng, YearMonth earliestOnset, LocalDate asOf) {
        YearMonth latest = latestOnset(asOf);
        if (earliestOnset.isAfter(latest)) {
            return null;
        }
        YearMonth onset = between(rng, earliestOnset, latest);
        LocalDate end = onset.plusMonths(rng.between(3, 9)).atDay(1);
        return new Distress(onset.atDay(1), end.isAfter(asOf) ? null : end, rng.between(0.1, 0.5), false);
    }

    /** Income starts in the opening month or the next; three full months after that can serve as the baseline. */
    static YearMonth earliestOnsetAfterOpening(LocalDate opened) {
        return YearMonth.from(opened).plusMonths(4);
    }

    private static YearMonth latestOnset(LocalDate asOf) {
        return YearMonth.from(asOf.plusDays(1)).minusMonths(3);
    }

    private static YearMonth between(Rng rng, YearMonth lower, YearMonth upper) {
        int months = (upper.getYear() - lower.getYear()) * 12 + upper.getMonthValue() - lower.getMonthValue();
        return lower.plusMonths(rng.between(0, months));
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private DistressPlanner() {
    }
}
