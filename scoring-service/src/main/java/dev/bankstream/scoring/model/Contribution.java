package dev.bankstream.scoring.model;

/**
 * How much one feature pushed a loan's score, in log-odds of default of the model before calibration: positive
 * raises the risk. Contributions plus the model's baseline add up to its raw log-odds.
 *
 * @param feature      feature name
 * @param value        the loan's value of it
 * @param contribution log-odds it added
 */
public record Contribution(String feature, double value, double contribution) {
}
