package dev.bankstream.dashboard.view;

import java.util.Set;
import java.util.TreeSet;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * What the dashboard keeps of an account's latest behaviour snapshot: enough for the demographic heat maps, income
 * against deposits, and product holdings.
 *
 * @param districtId               null when the district is unknown
 * @param cardWithdrawalsPerMonth  card withdrawals over the last 365 days, per month
 * @param monthlyIncome            CZK per month (the feature-service's income estimate)
 * @param meanBalance              mean end-of-day balance over the last 365 days, CZK: what the account keeps deposited
 * @param products                 product names as the segment-service's recommender names them in words
 */
public record AccountFacts(long accountId, Integer districtId, String ageBand, double cardWithdrawalsPerMonth,
        double monthlyIncome, double meanBalance, Set<String> products) {

    private static final String LOAN = "loan";

    public static AccountFacts of(AccountBehaviour behaviour) {
        double cardWithdrawals = 0;
        for (KindFlows flows : behaviour.getByKind()) {
            if (flows.getKind() == TransactionKind.CARD_WITHDRAWAL && flows.getDirection() == TransactionDirection.DEBIT) {
                cardWithdrawals += flows.getFlows().getDays365().getCount();
            }
        }
        Set<String> products = new TreeSet<>();
        for (CardHeld card : behaviour.getCards()) {
            products.add(card.getCardType().name().toLowerCase() + " card");
        }
        if (behaviour.getLoan() != null) {
            products.add(LOAN);
        }
        for (StandingOrderHeld order : behaviour.getStandingOrders()) {
            // Loan orders repeat the loan; unspecified ones name no product.
            if (order.getPurpose() != OrderPurpose.LOAN && order.getPurpose() != OrderPurpose.UNSPECIFIED) {
                products.add(order.getPurpose().name().toLowerCase() + " order");
            }
        }
        Integer district = behaviour.getDistrict() == null ? null : behaviour.getDistrict().getDistrictId();
        return new AccountFacts(behaviour.getAccountId(), district, AgeBand.of(behaviour.getOwnerAge()),
                cardWithdrawals / 12.0, behaviour.getMonthlyIncome(), behaviour.getBalance365d().getMean(),
                Set.copyOf(products));
    }
}
