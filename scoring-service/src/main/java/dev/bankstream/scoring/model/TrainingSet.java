package dev.bankstream.scoring.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bankstream.scoring.features.FeatureExtraction;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;

/**
 * Loan snapshots joined with their outcomes by loan id: the rows a model learns from, and every snapshot left out
 * with the reason, so that nothing disappears uncounted.
 *
 * @param loans      usable rows, ordered by grant date then loan id
 * @param exclusions snapshots that could not be used
 */
public record TrainingSet(List<LabelledLoan> loans, List<Exclusion> exclusions) {

    /** Why a snapshot is not a training row. */
    public enum ExclusionCause {
        NO_OUTCOME, GRANTED_AFTER_HISTORY_END, INCOMPLETE_FEATURES
    }

    public record Exclusion(long loanId, ExclusionCause cause, String reason) {
    }

    public TrainingSet {
        loans = List.copyOf(loans);
        exclusions = List.copyOf(exclusions);
    }

    /**
     * Joins snapshots with outcomes.
     *
     * @param historyEnd last day the data set has transactions for, or null when complete: a loan granted after it
     *                   would be described by a history that stops early (a partial Berka folder ends on 1994-10-31)
     */
    public static TrainingSet join(Collection<LoanSnapshot> snapshots, Collection<LoanOutcome> outcomes,
            LocalDate historyEnd) {
        Map<Long, LoanOutcome> outcomeByLoan = outcomes.stream()
                .collect(Collectors.toMap(LoanOutcome::getLoanId, Function.identity(), (first, second) -> second));
        List<LabelledLoan> loans = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (LoanSnapshot snapshot : snapshots) {
            LoanOutcome outcome = outcomeByLoan.get(snapshot.getLoanId());
            if (outcome == null) {
                exclusions.add(new Exclusion(snapshot.getLoanId(), ExclusionCause.NO_OUTCOME,
                        "no outcome for loan " + snapshot.getLoanId()));
                continue;
            }
            if (historyEnd != null && snapshot.getGrantedOn().isAfter(historyEnd)) {
                exclusions.add(new Exclusion(snapshot.getLoanId(), ExclusionCause.GRANTED_AFTER_HISTORY_END,
                        "granted on " + snapshot.getGrantedOn() + ", after the history ends on " + historyEnd));
                continue;
            }
            FeatureExtraction extraction = LoanFeatures.fromSnapshot(snapshot);
            if (extraction instanceof FeatureExtraction.Incomplete incomplete) {
                exclusions.add(new Exclusion(snapshot.getLoanId(), ExclusionCause.INCOMPLETE_FEATURES,
                        incomplete.reason()));
            } else if (extraction instanceof FeatureExtraction.Complete complete) {
                loans.add(new LabelledLoan(snapshot.getLoanId(), snapshot.getAccountId(), snapshot.getGrantedOn(),
                        complete.vector(), outcome.getDefaulted()));
            }
        }
        loans.sort(Comparator.comparing(LabelledLoan::grantedOn).thenComparingLong(LabelledLoan::loanId));
        return new TrainingSet(loans, exclusions);
    }

    public int defaults() {
        return (int) loans.stream().filter(LabelledLoan::defaulted).count();
    }

    public LocalDate firstGrant() {
        return loans.isEmpty() ? null : loans.get(0).grantedOn();
    }

    public LocalDate lastGrant() {
        return loans.isEmpty() ? null : loans.get(loans.size() - 1).grantedOn();
    }

    /** Exclusions counted by cause, for the model card and the training summary. */
    public Map<ExclusionCause, Long> exclusionCounts() {
        return exclusions.stream()
                .collect(Collectors.groupingBy(Exclusion::cause, TreeMap::new, Collectors.counting()));
    }
}
