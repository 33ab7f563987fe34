package dev.bankstream.ingest.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a generation run wrote, for a CLI to print.
 *
 * @param scale                 the account multiplier (1 for an extension, which keeps the real accounts)
 * @param firstDay              first day of generated data (for an extension: the day after the real data ends)
 * @param rowsPerFile           data rows (without header) per Berka file
 * @param generatedTransactions transactions the generator wrote (for an extension: those after the real ones)
 * @param realDataExtended      true when real data was extended rather than generated from scratch
 */
public record GenerationSummary(Path folder, boolean realDataExtended, long seed, double scale, LocalDate firstDay,
        LocalDate lastDay, Map<String, Long> rowsPerFile, long generatedTransactions) {

    public GenerationSummary {
        rowsPerFile = Map.copyOf(rowsPerFile);
    }

    /** The line every summary carries, so generated results are never mistaken for real ones. */
    public String provenanceLine() {
        return realDataExtended
                ? "REAL DATA EXTENDED WITH GENERATED DATA: transactions after the real ones are generated (seed "
                        + seed + ")"
                : "GENERATED DATA, not real bank data (seed " + seed + ", scale " + scale + ")";
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(provenanceLine());
        lines.add("folder: " + folder);
        lines.add("dates: " + firstDay + " .. " + lastDay);
        for (String table : BerkaLayout.TABLES) {
            lines.add(String.format("%-13s %,10d rows", table, rowsPerFile.getOrDefault(table, 0L)));
        }
        lines.add(String.format("generated transactions: %,d", generatedTransactions));
        return lines;
    }
}
