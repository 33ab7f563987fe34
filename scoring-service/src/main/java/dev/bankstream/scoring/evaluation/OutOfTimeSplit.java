package dev.bankstream.scoring.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.bankstream.scoring.model.LabelledLoan;

/**
 * Loans granted before {@code cut} train, loans granted on or after it test: the model is judged on the future, as
 * it will be used, and drift between periods shows up instead of being averaged away as in cross-validation.
 */
public record OutOfTimeSplit(LocalDate cut) {

    public List<LabelledLoan> training(List<LabelledLoan> loans) {
        return loans.stream().filter(loan -> loan.grantedOn().isBefore(cut)).toList();
    }

    public List<LabelledLoan> testing(List<LabelledLoan> loans) {
        return loans.stream().filter(loan -> !loan.grantedOn().isBefore(cut)).toList();
    }

    /**
     * A cut leaving about {@code trainingShare} of the loans (by grant date) for training: the grant date of the
     * first loan past that share, so that all loans of one day fall on the same side.
     */
    public static OutOfTimeSplit atShare(List<LabelledLoan> loans, double trainingShare) {
        List<LocalDate> dates = loans.stream().map(LabelledLoan::grantedOn).sorted(Comparator.naturalOrder()).toList();
        int index = Math.min(dates.size() - 1, Math.max(1, (int) Math.round(trainingShare * dates.size())));
        return new OutOfTimeSplit(dates.get(index));
    }
}
