package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Extends a real Berka folder: copies its eight files byte for byte, then appends generated transactions for its
 * real accounts from the day after the last real transaction to the chosen end date, with fresh trans_ids above the
 * real ones. Writes ground truth for the generated part and a GENERATED marker that says which rows are real.
 */
final class RealDataExtension {

    static GenerationSummary run(ExtensionOptions options) throws IOException {
        Path real = options.realFolder();
        Path folder = OutputFolder.prepare(options.outputFolder());
        GeneratedMarker.write(folder, markerLines(options, null, null), BerkaLayout.CRLF);

        RealTables tables = RealTables.read(real);
        TransactionScan scan = TransactionScan.of(real.resolve(BerkaLayout.TRANSACTION));
        if (!options.until().isAfter(scan.lastDate)) {
            throw new IllegalArgumentException("nothing to extend: the real transactions already run to "
                    + scan.lastDate + ", not before " + options.until());
        }
        // Copied as bytes into new files, so the copies are writable even where the originals are read-only.
        for (String table : BerkaLayout.TABLES) {
            if (!table.equals(BerkaLayout.TRANSACTION)) {
                try (OutputStream copy = Files.newOutputStream(folder.resolve(table))) {
                    Files.copy(real.resolve(table), copy);
                }
            }
        }
        List<AccountPlan> plans = ExtensionPlanner.plan(tables, scan, options.until(), options.seed());
        long generated;
        OutputStream transactionBytes = Files.newOutputStream(folder.resolve(BerkaLayout.TRANSACTION));
        try (Writer out = TableWriter.writer(transactionBytes)) {
            Files.copy(real.resolve(BerkaLayout.TRANSACTION), transactionBytes);
            if (!scan.endsWithLineEnd) {
                out.append(scan.lineEnd);
            }
            TransactionFileWriter transactions = new TransactionFileWriter(out, scan.largestId + 1, scan.lineEnd);
            TransactionSimulation.run(plans, options.seed(), options.until(), transactions);
            generated = transactions.rows();
        }
        GroundTruthWriter.write(folder, plans, scan.lineEnd);

        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : BerkaLayout.TABLES) {
            rows.put(table, table.equals(BerkaLayout.TRANSACTION) ? scan.rows + generated
                    : tables.rowsPerTable.get(table));
        }
        GeneratedMarker.write(folder, markerLines(options, scan, rows), BerkaLayout.CRLF);
        return new GenerationSummary(folder, true, options.seed(), 1.0, scan.lastDate.plusDays(1), options.until(),
                rows, generated);
    }

    private static List<String> markerLines(ExtensionOptions options, TransactionScan scan, Map<String, Long> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("GENERATED DATA: this folder is real Berka data extended with generated transactions.");
        if (scan == null) {
            lines.add("The extension of " + options.realFolder().getFileName() + " is being written.");
        } else {
            lines.add("The seven reference tables and the first " + scan.rows + " rows of trans.asc (up to "
                    + scan.lastDate + ") are the real data, copied byte for byte. Every trans.asc row after them is "
                    + "generated.");
            lines.add("ground-truth.csv describes the generated part: per real account, when distress began and its "
                    + "real loan status.");
        }
        lines.add("kind: real-extended");
        lines.add("seed: " + options.seed());
        lines.add("until: " + options.until());
        if (scan != null) {
            lines.add("last_real_day: " + scan.lastDate);
            lines.add("real_transactions: " + scan.rows);
            lines.add("first_generated_trans_id: " + (scan.largestId + 1));
            rows.forEach((table, count) -> lines.add("rows." + table + ": " + count));
        }
        return lines;
    }

    private RealDataExtension() {
    }
}
