package dev.bankstream.backtest.report;

import java.util.Map;

/**
 * One flag source's backtest.
 *
 * @param flags                    flags dated in the scored period
 * @param flaggedAccounts          accounts with at least one of them
 * @param flagsPerMonth            by month of the flag's business date ("1996-09"), every month of the period
 * @param flagsByKind              by flag kind
 * @param alertsPerThousandAccountsPerMonth flags per month per 1,000 accounts open by the period's end
 * @param unseenLoans              loans granted after the cut: what the headline judges
 * @param trainingLoans            loans granted before the cut and still running in the period; the models learned
 *                                 their outcomes, so these figures flatter a model and are shown apart
 * @param leadToEvidence           on unseen defaulted loans: days from the first flag to the first sanction interest
 *                                 (the bank's own evidence of arrears)
 * @param leadToOnset              on generated data: days from the first flag to the ground-truth distress onset; null
 *                                 on real data
 */
public record SourceFigures(FlagOrigin source, int flags, int flaggedAccounts, Map<String, Integer> flagsPerMonth,
        Map<String, Integer> flagsByKind, double alertsPerThousandAccountsPerMonth, Confusion unseenLoans,
        Confusion trainingLoans, LeadTimes leadToEvidence, LeadTimes leadToOnset) {
}
