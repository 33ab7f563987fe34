package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Berka-format data folders: {@link #generate} a whole synthetic bank, or {@link #extend} a real, partial
 * Berka folder past its last transaction. Output is deterministic: the same options give the same bytes. Every
 * folder written carries a {@code GENERATED} marker and a {@code ground-truth.csv}.
 */
public final class BerkaGenerator {

    /** Generates a fresh bank into {@code options.outputFolder()}, overwriting the files it writes there. */
    public static GenerationSummary generate(GeneratorOptions options) {
        try {
            return generateFresh(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not generate into " + options.outputFolder(), e);
        }
    }

    /** Copies the real folder to {@code options.outputFolder()} and continues its transactions to the end date. */
    public static GenerationSummary extend(ExtensionOptions options) {
        try {
            return RealDataExtension.run(options);
        } catch (IOException e) {
            throw new UncheckedIOException("could not extend " + options.realFolder() + " into "
                    + options.outputFolder(), e);
        }
    }

    private static GenerationSummary generateFresh(GeneratorOptions options) throws IOException {
        Path folder = OutputFolder.prepare(options.outputFolder());
        GeneratedMarker.write(folder, markerLines(options, Map.of()), BerkaLayout.CRLF);

        Population population = PopulationPlanner.plan(options);
        Map<String, Long> rows = new LinkedHashMap<>(ReferenceTableWriter.write(folder, population));
        try (Writer out = TableWriter.writer(Files.newOutputStream(folder.resolve(BerkaLayout.TRANSACTION)))) {
            out.append(BerkaLayout.TRANSACTION_HEADER).append(BerkaLayout.CRLF);
            TransactionFileWriter transactions = new TransactionFileWriter(out, 1, BerkaLayout.CRLF);
            TransactionSimulation.run(population.accounts(), options.seed(), options.lastDay(), transactions);
            rows.put(BerkaLayout.TRANSACTION, transactions.rows());
        }
        GroundTruthWriter.write(folder, population.accounts(), BerkaLayout.CRLF);
        GeneratedMarker.write(folder, markerLines(options, rows), BerkaLayout.CRLF);
        return new GenerationSummary(folder, false, options.seed(), options.scale(), options.firstDay(),
                options.lastDay(), rows, rows.get(BerkaLayout.TRANSACTION));
    }

    private static List<String> markerLines(GeneratorOptions options, Map<String, Long> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("GENERATED DATA: this folder is synthetic and holds no real bank data.");
        lines.add("It was written by Bankstream's Berka generator in the format of the PKDD'99 financial data set.");
        lines.add("Results computed on it are results on generated data; ground-truth.csv says, per account, "
                + "when distress began and how its loan ended.");
        lines.add("kind: generated");
        lines.add("seed: " + options.seed());
        lines.add("scale: " + options.scale());
        lines.add("first_day: " + options.firstDay());
        lines.add("last_day: " + options.lastDay());
        rows.forEach((table, count) -> lines.add("rows." + table + ": " + count));
        return lines;
    }

    private BerkaGenerator() {
    }
}
