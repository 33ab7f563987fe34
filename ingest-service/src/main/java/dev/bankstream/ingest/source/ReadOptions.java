package dev.bankstream.ingest.source;

import java.time.LocalDate;

/**
 * How a data set is read.
 *
 * @param asOfDate      the data set's as-of date (when loan outcomes are stated); null to take it from the data
 * @param reorderWindow how many transaction lines a date-ordered file (Berka trans.asc) may hold back to put
 *                      slightly misplaced lines back in date order; memory grows with it
 * @param sortChunkRows how many transactions an unordered file (twm) sorts in memory at a time before spilling a
 *                      sorted run to disk; memory grows with it
 */
public record ReadOptions(LocalDate asOfDate, int reorderWindow, int sortChunkRows) {

    public ReadOptions {
        if (reorderWindow < 1 || sortChunkRows < 1) {
            throw new IllegalArgumentException("reorderWindow and sortChunkRows must be positive");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(null, 10_000, 50_000);
    }

    public ReadOptions withAsOfDate(LocalDate date) {
        return new ReadOptions(date, reorderWindow, sortChunkRows);
    }

    public ReadOptions withReorderWindow(int lines) {
        return new ReadOptions(asOfDate, lines, sortChunkRows);
    }

    public ReadOptions withSortChunkRows(int rows) {
        return new ReadOptions(asOfDate, reorderWindow, rows);
    }
}
