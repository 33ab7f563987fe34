package dev.bankstream.backtest.report;

/**
 * What raised a flag: a model version or a rule set version, as every flag names it. Two scorers running side by side
 * are told apart by it.
 *
 * @param name    {@code loan-default} or the rule set's name
 * @param version the version
 * @param label   how the report names it, e.g. "loan-default (xgboost) 20261122-..." 
 */
public record FlagOrigin(String name, String version, String label) {
}
