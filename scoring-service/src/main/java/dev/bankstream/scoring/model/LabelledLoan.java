package dev.bankstream.scoring.model;

import java.time.LocalDate;

import dev.bankstream.scoring.features.FeatureVector;

/**
 * A training row: a loan's features as of the eve of its grant and whether it went bad (Berka B or D).
 */
public record LabelledLoan(long loanId, long accountId, LocalDate grantedOn, FeatureVector features,
        boolean defaulted) {
}
