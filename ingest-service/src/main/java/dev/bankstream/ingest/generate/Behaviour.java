package dev.bankstream.ingest.generate;

/**
 * How an account's owner earns and spends, as rates and sizes the simulation draws from each month.
 *
 * @param earnings                    salary, pension and cash income
 * @param withdrawalsPerMonth         mean number of cash withdrawals a month
 * @param roundWithdrawalShare        share of cash withdrawals in whole hundreds of crowns
 * @param undocumentedWithdrawalShare share of cash withdrawals booked with the undocumented type VYBER
 * @param cardWithdrawalsPerMonth     mean card withdrawals a month once a card is issued
 * @param transfersOutPerMonth        mean one-off transfers to another bank a month
 * @param transferPayee               who those transfers go to, or null
 * @param largestTransferCrowns       upper bound of one such transfer
 * @param householdCashCents          household bills paid in cash each month, 0 if none
 * @param householdDay                day of the month those bills are paid
 * @param targetBalanceCents          the balance the owner's spending steers towards while all is well
 */
record Behaviour(Earnings earnings, double withdrawalsPerMonth, double roundWithdrawalShare,
        double undocumentedWithdrawalShare, double cardWithdrawalsPerMonth, double transfersOutPerMonth,
        Partner transferPayee, int largestTransferCrowns, long householdCashCents, int householdDay,
        long targetBalanceCents) {
}
