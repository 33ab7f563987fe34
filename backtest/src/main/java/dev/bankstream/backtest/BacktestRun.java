package dev.bankstream.backtest;

import java.io.PrintStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.bankstream.backtest.report.BacktestReport;
import dev.bankstream.backtest.report.History;
import dev.bankstream.backtest.report.ModelRun;
import dev.bankstream.backtest.report.Window;
import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicReader;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.PlatformSettings;
import dev.bankstream.platform.PrivatePlatform;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.platform.StreamsProgress;
import dev.bankstream.schemas.PublishedModel;

/**
 * A backtest, top to bottom, through the packaged services on a private platform:
 * <ol>
 * <li>a broker and registry of its own, and the feature-service;</li>
 * <li>the ingest-service replays the data folder (to --until, else to its end) while the feature-service builds
 * behaviour snapshots and point-in-time loan snapshots;</li>
 * <li>each algorithm is trained (the scoring-service's {@code train}) on the loans granted up to the cut and published
 * on {@code models};</li>
 * <li>one scoring-service per model, each pinned to its version (bankstream.scoring.model-version) and under an
 * application id of its own, scores the whole history from the start, so flag states build up as they would have;</li>
 * <li>flags, loans, outcomes and arrears are read back from the topics and judged ({@link BacktestReport}).</li>
 * </ol>
 * Every process is stopped and the platform deleted at the end, or on Ctrl-C.
 */
final class BacktestRun {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration LONG_JOB = Duration.ofHours(3);
    /** The feature-service settles the last days once its input has been silent this long (set below). */
    private static final String INPUT_WAIT = "5s";
    private static final Duration SETTLED = Duration.ofSeconds(15);
    private static final List<String> FEATURE_INPUTS = List.of(Topics.TRANSACTIONS.name(),
            Topics.ACCOUNT_EVENTS.name());
    private static final List<String> SCORING_INPUTS = List.of(Topics.ACCOUNT_BEHAVIOUR.name());

    private final BacktestOptions options;
    private final Path home;
    private final Path folder;
    private final PrintStream out;
    private final Stages stages;
    private final Clock clock;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    BacktestRun(BacktestOptions options, Path home, Path folder, PrintStream out, Clock clock) {
        this.options = options;
        this.home = home;
        this.folder = folder;
        this.out = out;
        this.stages = new Stages(out);
        this.clock = clock;
    }

    BacktestReport run() throws Exception {
        try {
            Path logs = folder.resolve("logs");
            PrivatePlatform platform = stages.run("Starting a private Kafka broker and schema registry",
                    () -> keep(PrivatePlatform.start("backtest", registryHome())));
            ServiceProcess features = stages.run("Starting the feature-service", () -> ready(keep(platform
                    .connect(ServiceProcess.of("feature-service", jar("feature-service")))
                    .env("BANKSTREAM_FEATURES_INPUT_WAIT", INPUT_WAIT)
                    .start(logs))));
            ServiceProcess replay = keep(platform.connect(ServiceProcess.of("replay", jar("ingest-service")))
                    .arguments(replayArguments())
                    .start(logs));
            stages.run("Replaying " + options.data() + (options.until() == null ? "" : " to " + options.until()),
                    () -> finished(replay, LONG_JOB), replay::lastLogLine);
            stages.run("Building behaviour and loan snapshots (feature-service)", () -> {
                StreamsProgress.awaitProcessed(platform.bootstrapServers(), "feature-service", FEATURE_INPUTS,
                        LONG_JOB);
                StreamsProgress.awaitQuiet(platform.bootstrapServers(), Topics.ACCOUNT_BEHAVIOUR.name(), SETTLED,
                        LONG_JOB);
                return null;
            }, () -> behind(platform, "feature-service", FEATURE_INPUTS));
            stop(features);

            List<ModelRun> models = new ArrayList<>();
            for (String algorithm : options.algorithms()) {
                models.add(stages.run("Training " + algorithm + " on the loans granted to " + options.trainUntil(),
                        () -> train(platform, algorithm, logs)));
            }
            List<String> scorers = new ArrayList<>();
            stages.run("Starting the scorers", () -> {
                for (ModelRun model : models) {
                    if (model.version() != null) {
                        scorers.add(startScorer(platform, "backtest-scoring-" + model.algorithm(), model.version(),
                                logs));
                    }
                }
                if (scorers.isEmpty()) {
                    out.println("No model could be trained: the behaviour rules score alone.");
                    scorers.add(startScorer(platform, "backtest-scoring-rules", null, logs));
                }
                return null;
            });
            stages.run("Scoring the whole history with " + scorers.size() + " scorer(s) side by side", () -> {
                for (String scorer : scorers) {
                    StreamsProgress.awaitProcessed(platform.bootstrapServers(), scorer, SCORING_INPUTS, LONG_JOB);
                }
                return null;
            }, () -> scorers.stream().map(scorer -> scorer + ": " + behind(platform, scorer, SCORING_INPUTS))
                    .reduce((first, second) -> first + ", " + second).orElse(""));

            History history = stages.run("Reading flags, loans, outcomes and arrears back from the topics",
                    () -> new HistoryReader(platform.bootstrapServers(), platform.registryUrl(), out)
                            .read(options.data()));
            return BacktestReport.of(DataSets.describe(options.data()), options.data().toString(),
                    window(options, history), history, models, stages.seconds(), clock.instant());
        } finally {
            stopAll();
        }
    }

    /** The scored period: --until, else where the replayed data ends. */
    static Window window(BacktestOptions options, History history) {
        return new Window(options.trainUntil(), options.scoredFrom(),
                options.until() != null ? options.until() : history.lastDay());
    }

    private String[] replayArguments() {
        List<String> arguments = new ArrayList<>(List.of("replay", "--data", options.data().toString()));
        if (options.until() != null) {
            arguments.addAll(List.of("--until", options.until().toString()));
        }
        return arguments.toArray(String[]::new);
    }

    private ModelRun train(PrivatePlatform platform, String algorithm, Path logs) throws Exception {
        Set<String> before = modelVersions(platform);
        ServiceProcess training = keep(platform.connect(ServiceProcess.of("train-" + algorithm, jar("scoring-service")))
                .env("BANKSTREAM_SCORING_ONLINE", "false")
                .env("BANKSTREAM_RUN_DIR", folder.toString())
                .arguments("train", "--algorithm", algorithm, "--data", options.data().toString(),
                        "--history-end", options.trainUntil().toString())
                .start(logs));
        int status = training.awaitExit(LONG_JOB);
        stop(training);
        if (status != 0) {
            String why = failure(training.log());
            out.println("  not trained: " + why);
            return new ModelRun(algorithm, null, why);
        }
        Set<String> published = modelVersions(platform);
        published.removeAll(before);
        if (published.size() != 1) {
            throw new IllegalStateException("Training " + algorithm + " published " + published.size()
                    + " new model versions, expected one; see " + training.log());
        }
        String version = published.iterator().next();
        out.println("  published " + version + "; model card under " + folder.resolve("models").resolve(version));
        return new ModelRun(algorithm, version, "model card: models/" + version + "/");
    }

    /** The train command's own words for why it failed ("Training failed: ..."), else its last line. */
    private static String failure(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.startsWith("Training failed:")).reduce((first, second) -> second)
                    .orElse("exit status not 0; see " + log);
        }
    }

    private String startScorer(PrivatePlatform platform, String applicationId, String version, Path logs)
            throws Exception {
        ServiceProcess.Launch launch = platform.connect(ServiceProcess.of(applicationId, jar("scoring-service")))
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", applicationId);
        if (version != null) {
            launch.env("BANKSTREAM_SCORING_MODEL_VERSION", version);
        }
        ready(keep(launch.start(logs)));
        return applicationId;
    }

    private static Set<String> modelVersions(PrivatePlatform platform) {
        Set<String> versions = new HashSet<>();
        new TopicReader(platform.bootstrapServers(), Duration.ofMinutes(1))
                .forEach(Topics.MODELS.name(), AvroSerdes.valueSerde(Topics.MODELS, platform.registryUrl())
                        .deserializer(), (PublishedModel model) -> versions.add(model.getVersion()));
        return versions;
    }

    /** Where an application stands on its input, for the progress line; never fails the step it reports on. */
    private static String behind(PrivatePlatform platform, String applicationId, List<String> inputs) {
        try {
            return String.format(Locale.ROOT, "%,d input records still to process",
                    StreamsProgress.offsetsBehind(platform.bootstrapServers(), applicationId, inputs));
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static Void finished(ServiceProcess command, Duration patience) throws Exception {
        int status = command.awaitExit(patience);
        if (status != 0) {
            throw new IllegalStateException("The replay failed (exit " + status + "): " + command.lastLogLine()
                    + "; see " + command.log());
        }
        return null;
    }

    private static ServiceProcess ready(ServiceProcess service) throws InterruptedException {
        service.awaitReady(STARTUP);
        return service;
    }

    private Path jar(String module) {
        return home.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path registryHome() {
        return PlatformSettings.fromEnvironment(home).registryHome();
    }

    private <T extends AutoCloseable> T keep(T resource) {
        synchronized (running) {
            running.push(resource);
        }
        return resource;
    }

    private void stop(AutoCloseable resource) throws Exception {
        synchronized (running) {
            running.remove(resource);
        }
        resource.close();
    }

    /** Stops what is still running, newest first; also called by the Ctrl-C hook. */
    void stopAll() {
        while (true) {
            AutoCloseable resource;
            synchronized (running) {
                resource = running.poll();
            }
            if (resource == null) {
                return;
            }
            try {
                resource.close();
            } catch (Exception e) {
                out.println("Could not stop " + resource + ": " + e.getMessage());
            }
        }
    }
}
