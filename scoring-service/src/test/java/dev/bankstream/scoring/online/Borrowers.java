package dev.bankstream.scoring.online;

import java.time.LocalDate;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.scoring.Behaviours;
import dev.bankstream.scoring.features.FeatureExtraction;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.scoring.model.LoanDefaultModel;

/**
 * Borrowers with a chosen default probability. The synthetic training loans default more often the larger the
 * instalment is against income and the lower the balance fell over 90 days; one "risk dial" in [0, 1] moves both,
 * (from 0, safe, to 2, far beyond any training loan) and a bisection finds the dial that gives a model the probability a test needs.
 */
final class Borrowers {

    static final LocalDate GRANTED = LocalDate.of(1996, 1, 10);
    static final double MAX_DIAL = 2;

    private Borrowers() {
    }

    /** An ordinary salaried account with a 24-month loan; the dial sets instalment/income and the balance lows. */
    static AccountBehaviour borrower(long accountId, LocalDate asOf, double dial) {
        double paymentToIncome = 0.05 + 0.5 * dial;
        double payment = Math.round(20_000 * paymentToIncome);
        return Behaviours.ordinary(accountId, asOf)
                .setBalance30d(Behaviours.balance(25_000 - 50_000 * dial, 30_000, 27_000, 3_000, 30))
                .setBalance90d(Behaviours.balance(22_000 - 50_000 * dial, 30_000, 26_000, 3_500, 90))
                .setBalance365d(Behaviours.balance(15_000 - 50_000 * dial, 29_000, 24_000, 5_000, 365))
                .setLoan(Behaviours.loan(accountId + 500_000, GRANTED, payment * 24, 24, payment, paymentToIncome))
                .build();
    }

    /** A borrower whose probability of default under the model is {@code target} (to 1e-4). */
    static AccountBehaviour withProbability(LoanDefaultModel model, long accountId, LocalDate asOf, double target) {
        double low = 0;
        double high = MAX_DIAL;
        if (probability(model, borrower(accountId, asOf, high)) < target
                || probability(model, borrower(accountId, asOf, low)) > target) {
            throw new IllegalArgumentException("No dial gives probability " + target);
        }
        for (int i = 0; i < 60; i++) {
            double middle = (low + high) / 2;
            if (probability(model, borrower(accountId, asOf, middle)) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return borrower(accountId, asOf, high);
    }

    static double probability(LoanDefaultModel model, AccountBehaviour behaviour) {
        return model.probability(((FeatureExtraction.Complete) LoanFeatures.fromBehaviour(behaviour)).vector());
    }
}
