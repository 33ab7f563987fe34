package dev.bankstream.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.bankstream.ingest.generate.BerkaGenerator;
import dev.bankstream.ingest.generate.ExtensionOptions;
import dev.bankstream.ingest.generate.GenerationSummary;
import dev.bankstream.ingest.generate.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code generate --out DIR [--scale N] [--seed S]}: a generated Berka-format bank with ground truth; or
 * {@code generate --extend REAL --out DIR [--until D]}: a real partial Berka folder continued past its last transaction.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated Berka-format data set (with ground-truth.csv and a GENERATED marker).")
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, description = "folder to write (created; never one holding real data)")
    Path out;

    @Option(names = "--scale", defaultValue = "1", description = "multiplies the ~4,500 accounts and ~1M transactions (default 1)")
    double scale;

    @Option(names = "--seed", defaultValue = "1999", description = "same seed and options, same bytes (default 1999)")
    long seed;

    @Option(names = "--extend", description = "a real (partial) Berka folder to continue past its last transaction")
    Path extend;

    @Option(names = "--until", description = "last generated day, YYYY-MM-DD (default 1998-12-31)")
    LocalDate until;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        GenerationSummary summary = extend == null ? generateFresh() : extendReal();
        summary.lines().forEach(System.out::println);
        System.out.printf("Written to %s in %.1f s%n", summary.folder(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private GenerationSummary generateFresh() {
        GeneratorOptions options = GeneratorOptions.defaults(out).withSeed(seed).withScale(scale);
        if (until != null) {
            options = options.withPeriod(options.firstDay(), until);
        }
        return BerkaGenerator.generate(options);
    }

    private GenerationSummary extendReal() {
        ExtensionOptions options = ExtensionOptions.of(extend, out).withSeed(seed);
        return BerkaGenerator.extend(until == null ? options : options.withUntil(until));
    }
}
