package dev.bankstream.scoring.value;

import dev.bankstream.scoring.features.BehaviourMeasures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.TransactionKind;

/**
 * Estimates what an account earns the bank per month, from its own behaviour:
 * <pre>
 * depositMargin = max(0, mean balance over 365 days) x depositMarginPerYear / 12
 * fees          = statement fees over 365 days / months covered
 * loanInterest  = max(0, instalment - principal / duration)        (the interest part of an annuity, on average)
 * serviceCost   = transactions over 90 days / months covered (at most 3) x costPerTransaction
 * monthlyMargin = depositMargin + fees + loanInterest - serviceCost
 * score         = monthlyMargin / (monthlyMargin + halfValueMargin), 0 when monthlyMargin &lt;= 0
 * </pre>
 * "Months covered" is the window's length or the account's age, whichever is shorter (at least one month).
 * Sanction interest is left out on purpose: money earned from a customer's distress is not value.
 */
public final class ValueScorer {

    private final ValueSettings settings;

    public ValueScorer(ValueSettings settings) {
        this.settings = settings;
    }

    public ValueScore score(AccountBehaviour behaviour) {
        double depositMargin = Math.max(0, behaviour.getBalance365d().getMean()) * settings.depositMarginPerYear() / 12;
        double fees = BehaviourMeasures.kindFlows(behaviour, TransactionKind.STATEMENT_FEE,
                BehaviourMeasures.Window.DAYS_365).getSum() / monthsCovered(behaviour.getBalance365d().getDays(), 12);
        LoanFacts loan = behaviour.getLoan();
        double loanInterest = loan == null || loan.getDurationMonths() <= 0 ? 0
                : Math.max(0, loan.getMonthlyPayment() - loan.getAmount() / loan.getDurationMonths());
        int transactions90 = behaviour.getCredits().getDays90().getCount() + behaviour.getDebits().getDays90().getCount();
        double serviceCost = transactions90 / monthsCovered(behaviour.getBalance90d().getDays(), 3)
                * settings.costPerTransaction();
        double margin = depositMargin + fees + loanInterest - serviceCost;
        double score = margin <= 0 ? 0 : margin / (margin + settings.halfValueMargin());
        int products = 1 + (behaviour.getCards().isEmpty() ? 0 : 1) + (behaviour.getStandingOrders().isEmpty() ? 0 : 1)
                + (loan == null ? 0 : 1);
        return new ValueScore(margin, score, depositMargin, fees, loanInterest, serviceCost, products);
    }

    private static double monthsCovered(int days, int windowMonths) {
        return Math.max(1.0, Math.min(windowMonths, days / BehaviourMeasures.DAYS_PER_MONTH));
    }
}
