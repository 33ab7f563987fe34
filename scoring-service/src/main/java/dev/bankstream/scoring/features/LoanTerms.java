package dev.bankstream.scoring.features;

/**
 * The terms of the loan being scored.
 *
 * @param amount          principal, CZK
 * @param durationMonths  duration
 * @param monthlyPayment  instalment, CZK
 * @param paymentToIncome instalment / monthly income; null when no income was seen
 */
public record LoanTerms(double amount, int durationMonths, double monthlyPayment, Double paymentToIncome) {
}
