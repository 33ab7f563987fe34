package dev.bankstream.scoring.value;

/**
 * An account's estimated monthly profitability and its 0..1 score.
 *
 * @param monthlyMargin  deposit margin + fees + loan interest - service cost, CZK per month
 * @param score          0 for no margin, 0.5 at {@link ValueSettings#halfValueMargin}, towards 1 for large margins
 * @param depositMargin  CZK per month earned on the average balance
 * @param fees           statement fees, CZK per month
 * @param loanInterest   interest in the loan's instalments, CZK per month
 * @param serviceCost    handling cost of the account's transactions, CZK per month
 * @param productsHeld   1 (the account) + card + standing order + loan, 1..4
 */
public record ValueScore(double monthlyMargin, double score, double depositMargin, double fees, double loanInterest,
        double serviceCost, int productsHeld) {
}
