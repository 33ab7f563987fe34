package dev.bankstream.backtest.report;

/**
 * One model the backtest tried to train before the cut.
 *
 * @param algorithm logistic-regression or xgboost
 * @param version   the published version; null when training was refused
 * @param outcome   where its model card is, or why it was not trained
 */
public record ModelRun(String algorithm, String version, String outcome) {
}
