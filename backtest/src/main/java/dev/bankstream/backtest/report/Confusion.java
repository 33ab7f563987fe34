package dev.bankstream.backtest.report;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Flags against outcomes, one loan each: a loan counts as flagged when its account had a flag of the source in the
 * scored period, on or after the grant.
 *
 * @param caught      defaulted and flagged
 * @param missed      defaulted, never flagged
 * @param falseAlarms repaid (or running fine) yet flagged
 * @param quiet       repaid and never flagged
 */
public record Confusion(int caught, int missed, int falseAlarms, int quiet) {

    public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

    public Confusion add(boolean defaulted, boolean flagged) {
        return new Confusion(caught + (defaulted && flagged ? 1 : 0), missed + (defaulted && !flagged ? 1 : 0),
                falseAlarms + (!defaulted && flagged ? 1 : 0), quiet + (!defaulted && !flagged ? 1 : 0));
    }

    public int loans() {
        return caught + missed + falseAlarms + quiet;
    }

    public int defaults() {
        return caught + missed;
    }

    /** Share of flagged loans that defaulted; null when nothing was flagged. */
    @JsonProperty(value = "precision", access = JsonProperty.Access.READ_ONLY)
    public Double precision() {
        return caught + falseAlarms == 0 ? null : (double) caught / (caught + falseAlarms);
    }

    /** Share of defaults that were flagged; null when there was no default. */
    @JsonProperty(value = "recall", access = JsonProperty.Access.READ_ONLY)
    public Double recall() {
        return defaults() == 0 ? null : (double) caught / defaults();
    }
}
