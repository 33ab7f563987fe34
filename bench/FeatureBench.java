import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/**
 * The feature benchmark, run by bench/features.sh as a single-file program on the feature-service's own runtime
 * classpath (same Kafka Streams, same Avro serdes from the schemas module).
 *
 * <p>{@code compare}: counts the input topics once (their end offsets are the finish line), then runs, one after the
 * other, (a) a pass-through Kafka Streams app - read, deserialize, write, with the service's kafka-streams settings and
 * their environment overrides -, (b) the packaged feature-service jar and (c) the output floor: the pass-through
 * writing, instead of its input, as many records of the same mean size as the feature-service wrote. Each runs as a
 * child process with the same JVM options and a fresh application id, each reading the same topics from the
 * beginning. (c) is what Kafka Streams, the broker and the contract's output volume cost on this machine before any
 * feature is computed: the feature-service can be no faster, and the gap between them is the features' own cost.
 * All are timed the same way:
 * from the first to the last offset commit the broker sees for the group (startup excluded), polled every 100 ms, with
 * the CPU time each process spent meanwhile (unlike rates, that barely moves when something else loads the machine).
 * The feature-service then runs on until its outputs stop growing (its last days become final only after its input
 * wait), so that the output volume is complete; RSS is sampled from /proc all along. Then it prints rates, their
 * ratio, peak RSS (VmHWM), and the output and changelog volume per input record. With {@code --repetitions N} the
 * three runs are repeated N times on the same input (each app with a fresh id again), each repetition is reported,
 * then every repetition's rates side by side with their medians.
 *
 * <p>{@code pass-through}: the pass-through app itself (what (a) runs); with {@code --records-per-input} and
 * {@code --record-bytes}, the output floor (what (c) runs).
 */
public final class FeatureBench {

    static final List<String> INPUT = List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNT_EVENTS.name());
    static final String PASS_THROUGH_OUT = "bench.pass-through.";
    static final String OUTPUT_FLOOR_OUT = "bench.output-floor";
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration PATIENCE = Duration.ofMinutes(20);

    public static void main(String[] args) throws Exception {
        // Warnings and errors only: Kafka's clients log every connection at INFO, and the figures are what this prints.
        // The level is set on the root logger, not only the handler: unconfigured, JBoss LogManager enables every level,
        // and Kafka would then build its trace messages (that doubled the pass-through's CPU per record).
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        Map<String, String> options = Options.parse(args);
        switch (args[0]) {
            case "compare" -> Comparison.run(options);
            case "pass-through" -> PassThrough.run(options);
            default -> throw new IllegalArgumentException("usage: FeatureBench compare|pass-through --option value ...");
        }
    }

    /** {@code --name value} pairs after the mode. */
    static final class Options {

        static Map<String, String> parse(String[] args) {
            Map<String, String> options = new HashMap<>();
            for (int i = 1; i + 1 < args.length; i += 2) {
                options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return options;
        }
    }

    /** The kafka-streams.* settings of the feature-service's application.properties, so both apps run alike. */
    static final class ServiceStreamsSettings {

        /** bankstream.features.input-wait, e.g. "30s" (Quarkus' short duration form). */
        static Duration inputWait(Path applicationProperties) throws IOException {
            Properties file = new Properties();
            try (var in = Files.newBufferedReader(applicationProperties)) {
                file.load(in);
            }
            String wait = System.getenv().getOrDefault("BANKSTREAM_FEATURES_INPUT_WAIT",
                    file.getProperty("bankstream.features.input-wait", "0s"));
            return Duration.parse("PT" + wait.trim().toUpperCase(java.util.Locale.ROOT));
        }

        static Properties read(Path applicationProperties) throws IOException {
            Properties file = new Properties();
            try (var in = Files.newBufferedReader(applicationProperties)) {
                file.load(in);
            }
            Properties streams = new Properties();
            file.stringPropertyNames().stream()
                    .filter(key -> key.startsWith("kafka-streams."))
                    .filter(key -> !key.equals("kafka-streams.state.dir"))
                    .forEach(key -> streams.put(key.substring("kafka-streams.".length()),
                            System.getenv().getOrDefault(environmentName(key), file.getProperty(key))));
            return streams;
        }

        /**
         * The environment variable that overrides a property in the service (MicroProfile Config: every character
         * that is not a letter or digit becomes '_', upper case), so that both apps run with the same overrides.
         */
        static String environmentName(String property) {
            return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Read both input topics, deserialize every value, and write it unchanged to a topic of its own; or, given an
     * output volume, write that many records of that size instead ({@link OutputVolume}).
     */
    static final class PassThrough {

        static void run(Map<String, String> options) throws Exception {
            String registry = options.get("registry");
            Serde<Transaction> transactions = AvroSerdes.valueSerde(Topics.TRANSACTIONS, registry);
            Serde<AccountEvent> events = AvroSerdes.valueSerde(Topics.ACCOUNT_EVENTS, registry);
            StreamsBuilder builder = new StreamsBuilder();
            var transactionStream = builder.stream(Topics.TRANSACTIONS.name(), Consumed.with(Serdes.Long(), transactions));
            var eventStream = builder.stream(Topics.ACCOUNT_EVENTS.name(), Consumed.with(Serdes.Long(), events));
            if (options.containsKey("records-per-input")) {
                OutputVolume volume = new OutputVolume(Double.parseDouble(options.get("records-per-input")),
                        Integer.parseInt(options.get("record-bytes")));
                transactionStream.flatMapValues(volume::outputsFor).to(OUTPUT_FLOOR_OUT, Produced.with(Serdes.Long(), Serdes.ByteArray()));
                eventStream.flatMapValues(volume::outputsFor).to(OUTPUT_FLOOR_OUT, Produced.with(Serdes.Long(), Serdes.ByteArray()));
            } else {
                transactionStream.to(PASS_THROUGH_OUT + Topics.TRANSACTIONS.name(), Produced.with(Serdes.Long(), transactions));
                eventStream.to(PASS_THROUGH_OUT + Topics.ACCOUNT_EVENTS.name(), Produced.with(Serdes.Long(), events));
            }

            Properties config = ServiceStreamsSettings.read(Path.of(options.get("service-properties")));
            config.put(StreamsConfig.APPLICATION_ID_CONFIG, options.get("application-id"));
            config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("bootstrap"));
            config.put(StreamsConfig.STATE_DIR_CONFIG, options.get("state-dir"));
            KafkaStreams streams = new KafkaStreams(builder.build(), config);
            // Runs until the driver stops it; a failure ends the process, so the driver sees it at once.
            CountDownLatch failed = new CountDownLatch(1);
            streams.setUncaughtExceptionHandler(failure -> {
                failure.printStackTrace();
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            });
            streams.setStateListener((now, before) -> {
                if (now == KafkaStreams.State.ERROR) {
                    failed.countDown();
                }
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> streams.close(Duration.ofSeconds(20))));
            streams.start();
            failed.await();
            System.exit(1);
        }
    }

    /**
     * The feature-service's output volume, reproduced: {@code recordsPerInput} records of {@code recordBytes} value
     * bytes per input record on average, spread evenly (each input adds its share; a whole share makes a record).
     * The values are random bytes, copied per record as a serializer's output would be. Shared by all tasks: the
     * total is exact, and each record goes to its input record's partition.
     */
    static final class OutputVolume {

        private final double recordsPerInput;
        private final byte[] value;
        private double owed;

        OutputVolume(double recordsPerInput, int recordBytes) {
            this.recordsPerInput = recordsPerInput;
            this.value = new byte[recordBytes];
            new Random(7).nextBytes(value);
        }

        synchronized List<byte[]> outputsFor(Object input) {
            owed += recordsPerInput;
            List<byte[]> outputs = new ArrayList<>((int) owed);
            for (; owed >= 1; owed--) {
                outputs.add(value.clone());
            }
            return outputs;
        }
    }

    /** Records and key + value bytes of a set of topics, read to their end (committed records only). */
    record Volume(long records, long bytes) {

        static Volume of(String bootstrap, List<String> topics) {
            return read(bootstrap, consumer -> {
                List<TopicPartition> partitions = topics.stream()
                        .flatMap(topic -> consumer.partitionsFor(topic).stream()
                                .map(info -> new TopicPartition(topic, info.partition())))
                        .toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                return partitions;
            });
        }

        /** What was written after the given offsets. */
        static Volume since(String bootstrap, Map<TopicPartition, Long> from) {
            return read(bootstrap, consumer -> {
                List<TopicPartition> partitions = List.copyOf(from.keySet());
                consumer.assign(partitions);
                from.forEach(consumer::seek);
                return partitions;
            });
        }

        private static Volume read(String bootstrap, Function<KafkaConsumer<byte[], byte[]>, List<TopicPartition>> position) {
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = position.apply(consumer);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long records = 0;
                long bytes = 0;
                while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        records++;
                        bytes += Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
                    }
                }
                return new Volume(records, bytes);
            }
        }
    }

    /**
     * One timed run of an app as a child process: how fast its group's committed offsets reach the finish line, from
     * the first commit ({@code timed}) and from the first commit at or past half the input ({@code secondHalf}: the
     * JVM has compiled its hot code by then; on these 2 cores the JIT compilers take up to 0.9 of a core during an
     * app's first seconds).
     */
    record Run(String name, long finishOffsets, Span timed, Span secondHalf, double wallSeconds, long peakRssKb) {

        /** Input offsets committed over some seconds, and the CPU seconds the process spent meanwhile. */
        record Span(long offsets, double seconds, double cpuSeconds) {

            static final Span NONE = new Span(0, Double.NaN, Double.NaN);

            /** Input offsets include a few transaction markers, so offsets per second are scaled to records. */
            double recordsPerSecond(long inputRecords, long finishOffsets) {
                return offsets / seconds * inputRecords / finishOffsets;
            }

            double cpuMsPerThousandRecords() {
                return cpuSeconds * 1e6 / offsets;
            }
        }

        double recordsPerSecond(long inputRecords) {
            return timed.recordsPerSecond(inputRecords, finishOffsets);
        }

        double secondHalfRecordsPerSecond(long inputRecords) {
            return secondHalf.recordsPerSecond(inputRecords, finishOffsets);
        }

        Run withPeakRss(long kb) {
            return new Run(name, finishOffsets, timed, secondHalf, wallSeconds, kb);
        }

        /**
         * Keeps the app running until its output topics have not grown for {@code settle}: the feature-service declares
         * the last days final (and emits their snapshots) only once it stops waiting for an input that has ended
         * (bankstream.features.input-wait). Returns the peak RSS seen meanwhile.
         */
        private static long awaitSettledOutputs(Admin admin, List<String> outputs, Duration settle, Process process)
                throws Exception {
            long peakRss = 0;
            long lastEnd = -1;
            long stableSince = System.nanoTime();
            while (System.nanoTime() - stableSince < settle.toNanos()) {
                long end = Comparison.endOffsets(admin, outputs).values().stream().mapToLong(Long::longValue).sum();
                if (end != lastEnd) {
                    lastEnd = end;
                    stableSince = System.nanoTime();
                }
                peakRss = Math.max(peakRss, ProcessStats.kb(process.pid(), "VmRSS"));
                Thread.sleep(500);
            }
            return peakRss;
        }

        static Run of(String name, ProcessBuilder command, String applicationId, Admin admin,
                Map<TopicPartition, Long> finish, List<String> outputs, Duration settle) throws Exception {
            long launched = System.nanoTime();
            Process process = command.start();
            try {
                long firstCommitAt = 0;
                long committedAtFirst = 0;
                double cpuAtFirst = 0;
                long halfCommitAt = 0;
                long committedAtHalf = 0;
                double cpuAtHalf = 0;
                long total = finish.values().stream().mapToLong(Long::longValue).sum();
                long peakRss = 0;
                while (true) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue()
                                + "; see " + command.redirectOutput().file());
                    }
                    if (System.nanoTime() - launched > PATIENCE.toNanos()) {
                        throw new IllegalStateException(name + " did not finish within " + PATIENCE);
                    }
                    long committed = committed(admin, applicationId, finish);
                    long now = System.nanoTime();
                    peakRss = Math.max(peakRss, ProcessStats.kb(process.pid(), "VmRSS"));
                    if (committed > 0 && firstCommitAt == 0) {
                        firstCommitAt = now;
                        committedAtFirst = committed;
                        cpuAtFirst = ProcessStats.cpuSeconds(process.pid());
                    }
                    if (committed >= total / 2 && halfCommitAt == 0 && committed < total) {
                        halfCommitAt = now;
                        committedAtHalf = committed;
                        cpuAtHalf = ProcessStats.cpuSeconds(process.pid());
                    }
                    if (committed >= total) {
                        double cpu = ProcessStats.cpuSeconds(process.pid());
                        Run.Span timed = new Run.Span(total - committedAtFirst, (now - firstCommitAt) / 1e9, cpu - cpuAtFirst);
                        Run.Span secondHalf = halfCommitAt == 0 ? Run.Span.NONE
                                : new Run.Span(total - committedAtHalf, (now - halfCommitAt) / 1e9, cpu - cpuAtHalf);
                        Run run = new Run(name, total, timed, secondHalf, (now - launched) / 1e9, 0);
                        peakRss = Math.max(peakRss, awaitSettledOutputs(admin, outputs, settle, process));
                        return run.withPeakRss(Math.max(peakRss, ProcessStats.kb(process.pid(), "VmHWM")));
                    }
                    Thread.sleep(POLL.toMillis());
                }
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        }

        /** Input offsets the group has committed, each partition counted up to its finish line. */
        private static long committed(Admin admin, String applicationId, Map<TopicPartition, Long> finish) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get();
            return finish.entrySet().stream()
                    .mapToLong(entry -> {
                        OffsetAndMetadata done = offsets.get(entry.getKey());
                        return done == null ? 0 : Math.min(done.offset(), entry.getValue());
                    })
                    .sum();
        }
    }

    /** Memory and CPU figures of a Linux process, from /proc. */
    static final class ProcessStats {

        /** Clock ticks per second of /proc/PID/stat's CPU times (USER_HZ, 100 on Linux). */
        private static final double TICKS = 100.0;

        /** User plus system CPU time of all the process's threads, in seconds. */
        static double cpuSeconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                // Fields after the command name, which is in parentheses and may contain spaces: utime is 14th, stime 15th.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
            } catch (IOException processGone) {
                return 0;
            }
        }

        static String loadAverage() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException unavailable) {
                return "unknown";
            }
        }

        /** A size field of /proc/PID/status (VmRSS, VmHWM), in kB. */
        static long kb(long pid, String field) {
            try {
                return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(line -> line.startsWith(field + ":"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                        .findFirst()
                        .orElse(0);
            } catch (IOException processGone) {
                return 0;
            }
        }
    }

    static final class Comparison {

        static void run(Map<String, String> options) throws Exception {
            String bootstrap = options.get("bootstrap");
            Path logs = Path.of(options.get("logs"));
            Files.createDirectories(logs);
            Path state = logs.resolveSibling("bench-streams-state");
            List<String> javaOptions = List.of(options.get("java-options").trim().split("\\s+"));
            String stamp = Long.toString(System.currentTimeMillis());

            try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
                Map<TopicPartition, Long> finish = endOffsets(admin, INPUT);
                Volume transactions = Volume.of(bootstrap, List.of(Topics.TRANSACTIONS.name()));
                Volume events = Volume.of(bootstrap, List.of(Topics.ACCOUNT_EVENTS.name()));
                long inputRecords = transactions.records() + events.records();
                System.out.printf("Input: %,d transactions + %,d account events = %,d records, %.0f bytes per record (key + value)%n",
                        transactions.records(), events.records(), inputRecords,
                        (double) (transactions.bytes() + events.bytes()) / inputRecords);

                List<NewTopic> outputs = new ArrayList<>(INPUT.stream()
                        .map(topic -> new NewTopic(PASS_THROUGH_OUT + topic, Topics.ACCOUNT_PARTITIONS, (short) 1))
                        .toList());
                outputs.add(new NewTopic(OUTPUT_FLOOR_OUT, Topics.ACCOUNT_PARTITIONS, (short) 1));
                admin.createTopics(outputs).all().get();

                int count = Integer.parseInt(options.getOrDefault("repetitions", "1"));
                Properties streams = ServiceStreamsSettings.read(Path.of(options.get("service-properties")));
                String loadBefore = ProcessStats.loadAverage();
                List<Repetition> repetitions = new ArrayList<>();
                for (int number = 1; number <= count; number++) {
                    System.out.printf("%nRepetition %d of %d%n", number, count);
                    Repetition repetition = Repetition.run(options, javaOptions, admin, finish, inputRecords,
                            logs.resolve("repetition-" + number), state, stamp + "-" + number);
                    report(streams, transactions.records(), inputRecords, repetition);
                    repetitions.add(repetition);
                }
                deleteRecursively(state);
                if (count > 1) {
                    summarize(transactions.records(), inputRecords, repetitions);
                }
                // Both apps share the cores with the broker: anything else running skews the rates, and the CPU costs less so.
                System.out.printf("  machine load average (1, 5, 15 min) before: %s  after: %s%n", loadBefore,
                        ProcessStats.loadAverage());
            }
        }

        /**
         * The three apps, one after the other, each with a fresh application id, and what each wrote (counted from the
         * output topics' end offsets before it ran: every repetition writes to the same topics).
         */
        record Repetition(List<Column> columns, Volume deadLetters, Volume changelogs) {

            static Repetition run(Map<String, String> options, List<String> javaOptions, Admin admin,
                    Map<TopicPartition, Long> finish, long inputRecords, Path logs, Path state, String stamp) throws Exception {
                String bootstrap = options.get("bootstrap");
                Files.createDirectories(logs);
                List<String> passThroughTopics = INPUT.stream().map(topic -> PASS_THROUGH_OUT + topic).toList();
                List<String> published = List.of(Topics.ACCOUNT_BEHAVIOUR.name(), Topics.LOAN_SNAPSHOTS.name());
                List<String> deadLetterTopic = List.of(Topics.FEATURE_DEAD_LETTERS.name());

                System.out.println("Running the pass-through Streams app ...");
                String passThroughId = "bench-pass-through-" + stamp;
                Map<TopicPartition, Long> passThroughStart = endOffsets(admin, passThroughTopics);
                Run passThrough = Run.of("pass-through", passThroughCommand(options, javaOptions, passThroughId,
                        state.resolve(passThroughId), List.of()).redirectOutput(logs.resolve("pass-through.log").toFile()),
                        passThroughId, admin, finish, List.of(), Duration.ZERO);
                Volume passThroughOut = Volume.since(bootstrap, passThroughStart);

                System.out.println("Running the feature-service ...");
                String featuresId = "bench-features-" + stamp;
                List<String> featureCommand = new ArrayList<>(List.of(javaCommand()));
                featureCommand.addAll(javaOptions);
                featureCommand.addAll(List.of("-jar", options.get("feature-jar")));
                ProcessBuilder feature = new ProcessBuilder(featureCommand)
                        .redirectErrorStream(true).redirectOutput(logs.resolve("feature-service.log").toFile());
                feature.environment().putAll(Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                        "QUARKUS_KAFKA_STREAMS_BOOTSTRAP_SERVERS", bootstrap,
                        "BANKSTREAM_REGISTRY_URL", options.get("registry"),
                        "QUARKUS_KAFKA_STREAMS_APPLICATION_ID", featuresId,
                        "QUARKUS_HTTP_PORT", Integer.toString(freePort()),
                        "KAFKA_STREAMS_STATE_DIR", state.resolve(featuresId).toString(),
                        "BANKSTREAM_RUN_DIR", logs.getParent().getParent().toString()));
                Duration inputWait = ServiceStreamsSettings.inputWait(Path.of(options.get("service-properties")));
                // The wait, plus the service's wall-clock tick (a fifth of the wait) and a commit, plus margin.
                Duration settle = inputWait.plus(inputWait.dividedBy(5)).plusSeconds(10);
                Map<TopicPartition, Long> publishedStart = endOffsets(admin, published);
                Map<TopicPartition, Long> deadLettersStart = endOffsets(admin, deadLetterTopic);
                Run features = Run.of("feature-service", feature, featuresId, admin, finish, published, settle);
                Volume publishedOut = Volume.since(bootstrap, publishedStart);
                Volume deadLetters = Volume.since(bootstrap, deadLettersStart);
                List<String> changelogTopics = admin.listTopics().names().get().stream()
                        .filter(topic -> topic.startsWith(featuresId + "-") && topic.endsWith("-changelog"))
                        .toList();
                Volume changelogs = Volume.of(bootstrap, changelogTopics);

                System.out.println("Running the output floor (the pass-through writing the feature-service's output volume) ...");
                String floorId = "bench-output-floor-" + stamp;
                // Output keys are account or loan ids, 8 bytes; the floor writes the rest as its values.
                long valueBytes = Math.max(0, Math.round((double) publishedOut.bytes() / publishedOut.records()) - Long.BYTES);
                Map<TopicPartition, Long> floorStart = endOffsets(admin, List.of(OUTPUT_FLOOR_OUT));
                Run floor = Run.of("output floor", passThroughCommand(options, javaOptions, floorId, state.resolve(floorId),
                        List.of("--records-per-input", Double.toString((double) publishedOut.records() / inputRecords),
                                "--record-bytes", Long.toString(valueBytes)))
                                .redirectOutput(logs.resolve("output-floor.log").toFile()),
                        floorId, admin, finish, List.of(), Duration.ZERO);
                Volume floorOut = Volume.since(bootstrap, floorStart);
                return new Repetition(List.of(new Column(passThrough, passThroughOut), new Column(floor, floorOut),
                        new Column(features, publishedOut)), deadLetters, changelogs);
            }

            Column features() {
                return columns.get(columns.size() - 1);
            }
        }

        /** The pass-through app as a child process; {@code extra} options make it the output floor. */
        private static ProcessBuilder passThroughCommand(Map<String, String> options, List<String> javaOptions,
                String applicationId, Path stateDir, List<String> extra) {
            List<String> command = new ArrayList<>(List.of(javaCommand()));
            command.addAll(javaOptions);
            command.addAll(List.of("-Djava.util.logging.manager=" + System.getProperty("java.util.logging.manager"),
                    "-cp", System.getProperty("java.class.path"), options.get("source"),
                    "pass-through", "--application-id", applicationId, "--bootstrap", options.get("bootstrap"),
                    "--registry", options.get("registry"), "--service-properties", options.get("service-properties"),
                    "--state-dir", stateDir.toString()));
            command.addAll(extra);
            return new ProcessBuilder(command).redirectErrorStream(true);
        }

        /** One app's run and what it wrote. */
        record Column(Run run, Volume written) {
        }

        /** Columns: pass-through, output floor, feature-service. */
        private static void report(Properties streams, long transactionCount, long inputRecords, Repetition repetition) {
            List<Column> columns = repetition.columns();
            Volume deadLetters = repetition.deadLetters();
            Volume changelogs = repetition.changelogs();
            System.out.printf("%nFeature benchmark (%d cores, %s, %s stream thread(s), %s, commit every %s ms; timed from first to last commit)%n",
                    Runtime.getRuntime().availableProcessors(), LocalDate.now(),
                    streams.getProperty(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1"),
                    streams.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE),
                    streams.getProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "default"));
            double share = (double) transactionCount / inputRecords;
            System.out.printf("  %-46s%s%n", "", columns.stream().map(column -> String.format(" %15s", column.run().name()))
                    .collect(Collectors.joining()));
            row("input records", columns, column -> String.format("%,d", inputRecords));
            row("input offsets timed (after the first commit)", columns, column -> String.format("%,d", column.run().timed().offsets()));
            row("seconds (first to last commit)", columns, column -> String.format("%.2f", column.run().timed().seconds()));
            row("records/s", columns, column -> String.format("%,.0f", column.run().recordsPerSecond(inputRecords)));
            row("transactions/s", columns, column -> String.format("%,.0f", column.run().recordsPerSecond(inputRecords) * share));
            row("CPU seconds of the process in that span", columns, column -> String.format("%.1f", column.run().timed().cpuSeconds()));
            row("CPU ms per 1,000 records", columns,
                    column -> String.format("%.1f", column.run().timed().cpuMsPerThousandRecords()));
            row("records/s from half the input on (JIT warm)", columns,
                    column -> String.format("%,.0f", column.run().secondHalfRecordsPerSecond(inputRecords)));
            row("transactions/s from half the input on", columns,
                    column -> String.format("%,.0f", column.run().secondHalfRecordsPerSecond(inputRecords) * share));
            row("CPU ms per 1,000 records from half the input on", columns,
                    column -> String.format("%.1f", column.run().secondHalf().cpuMsPerThousandRecords()));
            row("wall seconds from launch (startup included)", columns, column -> String.format("%.1f", column.run().wallSeconds()));
            row("peak RSS, MB (VmHWM)", columns, column -> String.format("%,d", column.run().peakRssKb() / 1024));
            row("output records per input record", columns,
                    column -> String.format("%.3f", (double) column.written().records() / inputRecords));
            row("output bytes per input record", columns,
                    column -> String.format("%.0f", (double) column.written().bytes() / inputRecords));
            Column features = columns.get(columns.size() - 1);
            row("changelog records per input record", columns, column -> column == features
                    ? String.format("%.3f", (double) changelogs.records() / inputRecords) : "-");
            row("changelog bytes per input record", columns, column -> column == features
                    ? String.format("%.0f", (double) changelogs.bytes() / inputRecords) : "-");
            row("dead letters", columns, column -> column == features ? String.format("%,d", deadLetters.records()) : "-");
            double featureRate = features.run().recordsPerSecond(inputRecords);
            for (Column column : columns.subList(0, columns.size() - 1)) {
                System.out.printf("  feature-service / %s throughput: %.2f%n", column.run().name(),
                        featureRate / column.run().recordsPerSecond(inputRecords));
            }
            System.out.printf("  outputs: features.account-behaviour + features.loan-snapshots (%,d records, %,d bytes)%n",
                    features.written().records(), features.written().bytes());
        }

        /**
         * Each repetition's rates side by side, and their medians: the rates of single runs on these two shared cores
         * spread by a tenth and more either way, so one run says little about the next.
         */
        private static void summarize(long transactionCount, long inputRecords, List<Repetition> repetitions) {
            double share = (double) transactionCount / inputRecords;
            System.out.printf("%nAll %d repetitions, transactions/s over the whole input (from half the input on)%n", repetitions.size());
            System.out.printf("  %-12s %22s %22s %22s %10s %10s%n", "", "pass-through", "output floor", "feature-service",
                    "/ pass", "/ floor");
            for (int i = 0; i < repetitions.size(); i++) {
                Repetition repetition = repetitions.get(i);
                System.out.printf("  %-12s %s %s%n", "repetition " + (i + 1),
                        repetition.columns().stream().map(column -> rates(column.run(), inputRecords, share))
                                .collect(Collectors.joining(" ")),
                        ratios(repetition.columns().stream().map(column -> column.run().recordsPerSecond(inputRecords)).toList()));
            }
            List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<List<Double>> halves = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Repetition repetition : repetitions) {
                for (int app = 0; app < 3; app++) {
                    Run run = repetition.columns().get(app).run();
                    rates.get(app).add(run.recordsPerSecond(inputRecords));
                    halves.get(app).add(run.secondHalfRecordsPerSecond(inputRecords));
                }
            }
            List<Double> medians = rates.stream().map(Comparison::median).toList();
            System.out.printf("  %-12s %s %s%n", "median", IntStream.range(0, 3)
                    .mapToObj(app -> String.format("%,11.0f (%,8.0f)", medians.get(app) * share, median(halves.get(app)) * share))
                    .collect(Collectors.joining(" ")), ratios(medians));
            System.out.printf("  feature-service peak RSS over all repetitions: %,d MB%n", repetitions.stream()
                    .mapToLong(repetition -> repetition.features().run().peakRssKb()).max().orElse(0) / 1024);
        }

        private static String rates(Run run, long inputRecords, double share) {
            return String.format("%,11.0f (%,8.0f)", run.recordsPerSecond(inputRecords) * share,
                    run.secondHalfRecordsPerSecond(inputRecords) * share);
        }

        /** Feature-service rate over the pass-through's and over the output floor's; rates in column order. */
        private static String ratios(List<Double> rates) {
            return String.format("%10.2f %10.2f", rates.get(2) / rates.get(0), rates.get(2) / rates.get(1));
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        private static void row(String label, List<Column> columns, Function<Column, String> cell) {
            System.out.printf("  %-46s%s%n", label, columns.stream().map(column -> String.format(" %15s", cell.apply(column)))
                    .collect(Collectors.joining()));
        }

        static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics) throws Exception {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics)
                    .allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toMap(partition -> partition,
                            partition -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        }

        private static void deleteRecursively(Path root) throws IOException {
            try (var paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

        private static String javaCommand() {
            return ProcessHandle.current().info().command().orElse("java");
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }
}
