package dev.bankstream.backtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.bankstream.backtest.report.Window;

/**
 * The command line of {@code ./bankstream backtest}.
 *
 * @param data             the Berka-format folder to replay
 * @param trainUntil       the cut: models learn from loans granted up to this day
 * @param from             first scored day; null = the day after the cut
 * @param until            last replayed and scored day; null = the data's end
 * @param out              where the report goes; null = run/backtests/&lt;time&gt;
 * @param algorithms       the models trained and scored side by side
 * @param existingPlatform report on what a running platform already holds (the demo replayed, trained and scored
 *                         there) instead of running the backtest on a private one
 */
record BacktestOptions(Path data, LocalDate trainUntil, LocalDate from, LocalDate until, Path out,
        List<String> algorithms, boolean existingPlatform) {

    static final String USAGE = """
            usage: ./bankstream backtest --data DIR --train-until YYYY-MM-DD [--from YYYY-MM-DD] [--until YYYY-MM-DD]
                                         [--algorithms logistic-regression,xgboost] [--out DIR] [--existing-platform]

              Replays DIR through the packaged services on a private broker and registry, trains each algorithm on the
              loans granted up to --train-until, scores the history after it with every model side by side (plus the
              behaviour rules), and writes backtest.json and backtest.html (default run/backtests/<time>/).
              --from/--until bound the scored period (default: the day after the cut to the data's end).
              --existing-platform: no replay, training or scoring: report on what the platform at
              KAFKA_BOOTSTRAP_SERVERS / BANKSTREAM_REGISTRY_URL already holds (what ./bankstream demo does).
            """;

    static BacktestOptions parse(String[] args) {
        Path data = null;
        LocalDate trainUntil = null;
        LocalDate from = null;
        LocalDate until = null;
        Path out = null;
        List<String> algorithms = List.of("logistic-regression", "xgboost");
        boolean existingPlatform = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--data" -> data = Path.of(value(args, ++i, option)).toAbsolutePath().normalize();
                case "--train-until" -> trainUntil = date(value(args, ++i, option), option);
                case "--from" -> from = date(value(args, ++i, option), option);
                case "--until" -> until = date(value(args, ++i, option), option);
                case "--out" -> out = Path.of(value(args, ++i, option)).toAbsolutePath().normalize();
                case "--algorithms" -> algorithms = algorithms(value(args, ++i, option));
                case "--existing-platform" -> existingPlatform = true;
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (data == null || trainUntil == null) {
            throw new IllegalArgumentException("--data and --train-until are required");
        }
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("No data folder " + data);
        }
        BacktestOptions options = new BacktestOptions(data, trainUntil, from, until, out, algorithms,
                existingPlatform);
        if (until != null) {
            // Checked now, not after the replay: the same rule Window enforces on the final period.
            new Window(trainUntil, options.scoredFrom(), until);
        } else if (!options.scoredFrom().isAfter(trainUntil)) {
            throw new IllegalArgumentException("The scored period must start after the training cut: --from " + from
                    + " is not after --train-until " + trainUntil);
        }
        return options;
    }

    LocalDate scoredFrom() {
        return from != null ? from : trainUntil.plusDays(1);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static List<String> algorithms(String list) {
        List<String> algorithms = new ArrayList<>();
        for (String name : list.split(",")) {
            String algorithm = name.strip();
            if (!algorithm.equals("logistic-regression") && !algorithm.equals("xgboost")) {
                throw new IllegalArgumentException("Unknown algorithm '" + algorithm
                        + "': logistic-regression or xgboost");
            }
            algorithms.add(algorithm);
        }
        return List.copyOf(algorithms);
    }
}
