package dev.bankstream.scoring.features;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** What a measure counts, so that a value can be written the way a risk officer reads it. */
public enum Unit {
    CZK, DAYS, MONTHS, YEARS, COUNT, RATIO, PERCENT, PER_THOUSAND, FLAG;

    /** The value in words with its unit, e.g. {@code CZK -1,234}, {@code 12 days}, {@code 0.45}, {@code yes}. */
    public String format(double value) {
        if (Double.isNaN(value)) {
            return "unknown";
        }
        return switch (this) {
            case CZK -> "CZK " + number(value, 0);
            case DAYS -> number(value, 0) + " days";
            case MONTHS -> number(value, 1) + " months";
            case YEARS -> number(value, 0) + " years";
            case COUNT -> number(value, 1);
            case RATIO -> number(value, 2);
            case PERCENT -> number(value, 1) + " %";
            case PER_THOUSAND -> number(value, 1) + " per 1,000";
            case FLAG -> value != 0 ? "yes" : "no";
        };
    }

    /** One per thread, as DecimalFormat is not thread-safe; building one per value stood out in a profile. */
    private static final ThreadLocal<DecimalFormat> GROUPED = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private static String number(double value, int decimals) {
        // HALF_UP reads naturally for money and counts ("2.5 months", not banker's rounding); the rounded value has no
        // more decimals than asked for, so the pattern's optional ones write exactly those that are not zero.
        return GROUPED.get().format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }
}
