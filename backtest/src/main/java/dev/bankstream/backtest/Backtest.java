package dev.bankstream.backtest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import dev.bankstream.backtest.report.BacktestReport;
import dev.bankstream.backtest.report.History;
import dev.bankstream.backtest.report.ModelRun;
import dev.bankstream.backtest.report.ReportFiles;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.KafkaBroker;
import dev.bankstream.platform.StreamsProgress;

/**
 * {@code ./bankstream backtest}: runs a backtest ({@link BacktestRun}), or with --existing-platform reports on what a
 * running platform already holds, and writes backtest.json and backtest.html. Exit status 0 when the report is
 * written, 1 when the backtest failed (the reason is printed), 2 for a wrong command line.
 */
public final class Backtest {

    private static final Duration SCORER_PATIENCE = Duration.ofMinutes(10);
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backtest() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        BacktestOptions options;
        try {
            options = BacktestOptions.parse(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(BacktestOptions.USAGE);
            return 2;
        }
        Path home = Path.of(System.getProperty("bankstream.home", ".")).toAbsolutePath().normalize();
        Path runDir = Path.of(System.getenv().getOrDefault("BANKSTREAM_RUN_DIR", home.resolve("run").toString()));
        Path folder = options.out() != null ? options.out()
                : runDir.resolve("backtests").resolve(LocalDateTime.now().format(FOLDER_TIME));
        Clock clock = Clock.systemUTC();
        try {
            // The broker and the Kafka clients log through java.util.logging: to a file, not over the progress.
            KafkaBroker.logTo(Files.createDirectories(folder.resolve("logs")).resolve("kafka.log"));
            BacktestReport report;
            if (options.existingPlatform()) {
                report = onExistingPlatform(options, out, clock);
            } else {
                BacktestRun backtest = new BacktestRun(options, home, folder, out, clock);
                Thread stopper = new Thread(backtest::stopAll, "backtest-shutdown");
                Runtime.getRuntime().addShutdownHook(stopper);
                report = backtest.run();
                Runtime.getRuntime().removeShutdownHook(stopper);
            }
            List<Path> files = ReportFiles.write(report, folder);
            out.println();
            out.println("Backtest: " + report.headline());
            out.println("Report: " + files.get(1) + " (and " + files.get(0).getFileName() + "); logs under "
                    + folder.resolve("logs"));
            return 0;
        } catch (Exception e) {
            out.println("Backtest failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The demo replayed, trained and scored on the running platform: once its scoring-service (application id
     * BANKSTREAM_SCORING_APPLICATION_ID, default scoring-service) has scored every snapshot, judge what it holds.
     */
    private static BacktestReport onExistingPlatform(BacktestOptions options, PrintStream out, Clock clock)
            throws Exception {
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        String registry = System.getenv().getOrDefault("BANKSTREAM_REGISTRY_URL",
                "http://127.0.0.1:8081/apis/registry/v3");
        String scorer = System.getenv().getOrDefault("BANKSTREAM_SCORING_APPLICATION_ID", "scoring-service");
        StreamsProgress.awaitProcessed(bootstrap, scorer, List.of(Topics.ACCOUNT_BEHAVIOUR.name()), SCORER_PATIENCE);
        History history = new HistoryReader(bootstrap, registry, out).read(options.data());
        List<ModelRun> models = history.algorithms().entrySet().stream()
                .map(model -> new ModelRun(model.getValue(), model.getKey(), "published on the running platform"))
                .toList();
        return BacktestReport.of(DataSets.describe(options.data()), options.data().toString(),
                BacktestRun.window(options, history), history, models, Map.of(), clock.instant());
    }
}
