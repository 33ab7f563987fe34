package dev.bankstream.scoring.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.bankstream.scoring.model.LabelledLoan;

/** Date range of a set of loans. */
final class Grants {

    private Grants() {
    }

    static LocalDate first(List<LabelledLoan> loans) {
        return loans.stream().map(LabelledLoan::grantedOn).min(Comparator.naturalOrder()).orElse(null);
    }

    static LocalDate last(List<LabelledLoan> loans) {
        return loans.stream().map(LabelledLoan::grantedOn).max(Comparator.naturalOrder()).orElse(null);
    }
}
