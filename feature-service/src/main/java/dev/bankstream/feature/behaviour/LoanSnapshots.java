package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.OrderPurpose;

/**
 * Builds the training row for a loan from the account's behaviour at the end of the day before the grant.
 *
 * <p>Standing orders paying a loan are left out: sources such as Berka list orders without a date (ingest dates them
 * at the account's opening), so an order that pays this very loan would otherwise appear before its grant.
 */
final class LoanSnapshots {

    private LoanSnapshots() {
    }

    static LoanSnapshot of(AccountFacts.Loan loan, long accountId, AccountBehaviour eveOfGrant) {
        AccountBehaviour known = AccountBehaviour.newBuilder(eveOfGrant)
                .setStandingOrders(eveOfGrant.getStandingOrders().stream()
                        .filter(order -> order.getPurpose() != OrderPurpose.LOAN)
                        .toList())
                .build();
        return new LoanSnapshot(loan.loanId(), accountId, EventDays.dateOf(loan.day()), Money.crowns(loan.amount()),
                loan.durationMonths(), Money.crowns(loan.monthlyPayment()), known);
    }
}
