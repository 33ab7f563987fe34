package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything fixed about one account before its transactions are simulated: its products, its owner's behaviour,
 * and the distress it will go through, if any.
 *
 * @param activeFrom          first day the simulation books anything for this account: the opening day, or for a
 *                            real account being extended, the day after the real data ends
 * @param openingBalanceCents balance on {@code activeFrom} before anything is booked (a real account's last balance)
 * @param feesFrom            first month whose statement fee is charged (the bank waives the first few months)
 * @param loan                null without a loan
 * @param card                null without a card
 * @param distress            null for accounts that never struggle
 */
record AccountPlan(int accountId, int districtId, LocalDate opened, StatementFrequency frequency, IncomeProfile profile,
        Behaviour behaviour, List<StandingOrder> orders, Loan loan, Card card, Distress distress, YearMonth feesFrom,
        LocalDate activeFrom, long openingBalanceCents) {

    boolean opensWithDeposit() {
        return activeFrom.equals(opened);
    }

    boolean isDistressedOn(LocalDate date) {
        return distress != null && distress.activeOn(date);
    }

    double incomeFactorOn(LocalDate date) {
        return isDistressedOn(date) ? distress.incomeFactor() : 1.0;
    }
}
