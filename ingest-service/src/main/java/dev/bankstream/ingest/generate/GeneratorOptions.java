package dev.bankstream.ingest.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: a fresh Berka-format folder at {@code outputFolder}. The same options always produce the same
 * bytes.
 *
 * @param scale    multiplies the real bank's 4,500 accounts (and so its ~1M transactions)
 * @param firstDay first day of the data; accounts open from then until a year before {@code lastDay}
 * @param lastDay  the data set's as-of date: loan statuses are as of this day
 */
public record GeneratorOptions(Path outputFolder, long seed, double scale, LocalDate firstDay, LocalDate lastDay) {

    public static final long DEFAULT_SEED = 1999;
    public static final LocalDate DEFAULT_FIRST_DAY = LocalDate.of(1993, 1, 1);
    public static final LocalDate DEFAULT_LAST_DAY = LocalDate.of(1998, 12, 31);
    /** Owners are born from 1910 on; every date written must stay in the 1900s. */
    private static final LocalDate EARLIEST_FIRST_DAY = LocalDate.of(1950, 1, 1);

    public GeneratorOptions {
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, was " + scale);
        }
        if (!lastDay.isAfter(firstDay.plusMonths(12))) {
            throw new IllegalArgumentException("the period must be longer than a year: " + firstDay + ".." + lastDay);
        }
        if (firstDay.isBefore(EARLIEST_FIRST_DAY) || lastDay.isAfter(BerkaText.LAST_WRITABLE_DAY)) {
            throw new IllegalArgumentException("the period must lie within " + EARLIEST_FIRST_DAY + ".."
                    + BerkaText.LAST_WRITABLE_DAY + " (Berka dates have two-digit years in the 1900s), was "
                    + firstDay + ".." + lastDay);
        }
    }

    /** The Berka shape: 4,500 accounts over 1993-1998. */
    public static GeneratorOptions defaults(Path outputFolder) {
        return new GeneratorOptions(outputFolder, DEFAULT_SEED, 1.0, DEFAULT_FIRST_DAY, DEFAULT_LAST_DAY);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(outputFolder, newSeed, scale, firstDay, lastDay);
    }

    public GeneratorOptions withScale(double newScale) {
        return new GeneratorOptions(outputFolder, seed, newScale, firstDay, lastDay);
    }

    public GeneratorOptions withPeriod(LocalDate newFirstDay, LocalDate newLastDay) {
        return new GeneratorOptions(outputFolder, seed, scale, newFirstDay, newLastDay);
    }

    int accountCount() {
        return (int) Math.max(1, Math.round(PopulationPlanner.ACCOUNTS_AT_SCALE_ONE * scale));
    }
}
