package dev.bankstream.backtest.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;

import dev.bankstream.schemas.RiskFlag;

/**
 * What happened, as the platform's topics (and, for generated data, the ground-truth file) tell it after the replay
 * and the scoring.
 *
 * @param flags            every flag on risk.flags
 * @param loans            every loan with a snapshot and an outcome
 * @param sanctionDays     per account, the days sanction interest was charged
 * @param distressOnset    per account, the ground-truth start of distress; empty for real data
 * @param openedOn         per account, its first event (the opening)
 * @param algorithms       per model version, its algorithm
 * @param lastDay          the latest transaction's booking date: where the data ends
 * @param unjudgedLoans    loans with an outcome but no point-in-time snapshot, or the other way round: they cannot
 *                         be judged, and are named
 */
public record History(List<RiskFlag> flags, List<LoanRecord> loans, Map<Long, NavigableSet<LocalDate>> sanctionDays,
        Map<Long, LocalDate> distressOnset, Map<Long, LocalDate> openedOn, Map<String, String> algorithms, LocalDate lastDay,
        List<Long> unjudgedLoans) {

    public int accountsOpenBy(LocalDate day) {
        return (int) openedOn.values().stream().filter(opened -> !opened.isAfter(day)).count();
    }
}
