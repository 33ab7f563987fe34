package dev.bankstream.scoring.evaluation;

/**
 * A metric with a 95 % interval.
 *
 * @param value  the point estimate
 * @param lower  lower bound
 * @param upper  upper bound
 * @param method how the interval was obtained, in words
 */
public record Estimate(double value, double lower, double upper, String method) {

    public boolean contains(double x) {
        return lower <= x && x <= upper;
    }
}
