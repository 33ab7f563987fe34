import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.LoanDefaultTrainer;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.model.TrainingSet;
import dev.bankstream.scoring.model.TrainingSettings;

/**
 * The scoring latency benchmark, run by bench/scoring.sh as a single-file program on the scoring-service's runtime
 * classpath against a running, packaged scoring-service. {@code measure}:
 *
 * <ol>
 * <li>Trains a loan-default model with the service's own trainer on synthetic borrowers (their default odds rise
 * with instalment/income and falling balance lows; the model's quality is beside the point here, its cost per
 * snapshot is not) and publishes it on {@code models}; waits until {@code GET /models} says it is in service.</li>
 * <li>Produces behaviour snapshots at a fixed rate, paced against the clock, each for a new borrower whose balance
 * went below zero, so each must raise at least one flag (the negative-balance rule; the model's flag too when its
 * probability is above the threshold) and every snapshot is also scored by the model, with its reasons.</li>
 * <li>Latency of a snapshot = when a {@code read_committed} consumer of {@code risk.flags} (what the risk team
 * runs) first receives a flag for that account, minus when this program handed the snapshot to its producer; both
 * on this JVM's monotonic clock. Also printed: the part up to the flag's {@code emittedAt} (the scorer's wall clock,
 * same machine), so the rest is the wait for the transaction to commit.</li>
 * </ol>
 * The first {@code --warmup-seconds} are produced at the same rate but not measured (JIT, first fetches); the
 * measured part starts once the scorer has flagged all of them, so a cold start's backlog is not measured. Also
 * printed: the scorer's CPU time per snapshot (from {@code /proc/<pid>/stat} and its own snapshot counter, sampled
 * at the start of the measured part and at its end), which other load on the machine barely moves, unlike latency.
 *
 * <p>{@code topics}: creates the contract's topics that the broker lacks (as a replay does), before the scorer
 * starts, so that a platform started from a build older than the contract still runs the benchmark.
 */
public final class ScoringBench {

    static final LocalDate DAY = LocalDate.of(1996, 6, 3);
    static final long FIRST_ACCOUNT = 10_000_000L;

    public static void main(String[] args) throws Exception {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String bootstrap = options.get("bootstrap");
        if (args[0].equals("topics")) {
            createMissingTopics(bootstrap);
            return;
        }
        if (!args[0].equals("measure")) {
            throw new IllegalArgumentException("usage: ScoringBench topics|measure --option value ...");
        }
        String registry = options.get("registry");
        String service = options.get("service");
        int rate = Integer.parseInt(options.getOrDefault("rate", "2000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-seconds", "60"));
        int measured = Integer.parseInt(options.getOrDefault("seconds", "60"));
        Algorithm algorithm = Algorithm.fromExternalName(options.getOrDefault("algorithm", "logistic-regression"));

        String version = publishModel(bootstrap, registry, algorithm);
        awaitModelInService(service, version);
        Scorer scorer = new Scorer(service, Long.parseLong(options.get("scorer-pid")));
        new Run(bootstrap, registry, scorer, rate, warmup, measured, options.get("csv")).execute();
    }

    static void createMissingTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> topic.toNewTopic((short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
                System.out.println("Created the contract topics the platform lacked: "
                        + missing.stream().map(NewTopic::name).toList());
            }
        }
    }

    static String publishModel(String bootstrap, String registry, Algorithm algorithm) throws Exception {
        System.out.printf("Training a %s model on 1,000 synthetic borrowers ...%n", algorithm.externalName);
        Random random = new Random(7);
        List<LoanSnapshot> snapshots = new ArrayList<>();
        List<LoanOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            double dial = random.nextDouble();
            boolean defaulted = random.nextDouble() < 1 / (1 + Math.exp(-(-3 + 5 * dial)));
            LocalDate granted = LocalDate.of(1994, 1, 1).plusDays(random.nextInt(1_200));
            AccountBehaviour eve = Borrower.behaviour(1_000 + i, granted.minusDays(1), dial, null);
            LoanFacts loan = Borrower.loan(1_000 + i, granted, dial);
            snapshots.add(new LoanSnapshot(loan.getLoanId(), eve.getAccountId(), granted, loan.getAmount(),
                    loan.getDurationMonths(), loan.getMonthlyPayment(), eve));
            LoanStatus status = defaulted ? LoanStatus.RUNNING_IN_DEBT : LoanStatus.RUNNING_OK;
            outcomes.add(new LoanOutcome(loan.getLoanId(), eve.getAccountId(), LocalDate.of(1998, 12, 31), status,
                    defaulted));
        }
        LoanDefaultModel model = new LoanDefaultTrainer(TrainingSettings.defaults(algorithm))
                .train(TrainingSet.join(snapshots, outcomes, null).loans());
        PublishedModel published = ModelPackage.of(ModelPackage.LOAN_DEFAULT, model, Instant.now(),
                "synthetic borrowers of the scoring benchmark (latency only, not a model to judge)", Map.of())
                .toPublished();
        Serializer<PublishedModel> serializer = AvroSerdes.valueSerde(Topics.MODELS, registry).serializer();
        try (KafkaProducer<String, PublishedModel> producer = new KafkaProducer<>(producerConfig(bootstrap),
                new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(Topics.MODELS.name(), published.getName(), published)).get();
        }
        System.out.printf("Published model %s (threshold %.3f).%n", published.getVersion(), model.threshold());
        return published.getVersion();
    }

    static void awaitModelInService(String service, String version) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(service + "/models")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(version)) {
                System.out.println("The scoring-service has the model in service.");
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The scoring-service did not put model " + version + " into service in 60 s");
    }

    /** The scorer's CPU time and its count of snapshots read, at one moment. */
    record ScorerSample(double cpuSeconds, double snapshots) {
    }

    record Scorer(String service, long pid) {

        ScorerSample sample() throws Exception {
            String[] stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"))
                    .replaceFirst("^.*\\) ", "").split(" ");
            // utime and stime (fields 14 and 15 of stat; 12 and 13 after the command name), in clock ticks of 10 ms
            double cpu = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / 100.0;
            String metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(service + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double snapshots = metrics.lines()
                    .filter(line -> line.startsWith("bankstream_scoring_snapshots_total"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum();
            return new ScorerSample(cpu, snapshots);
        }
    }

    static Properties producerConfig(String bootstrap) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Each snapshot leaves at once, as a feature-service emitting one day's snapshot would send it.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    /** One measured run: a paced producer on this thread, a read_committed consumer of risk.flags on another. */
    static final class Run {

        final String bootstrap;
        final String registry;
        final Scorer scorer;
        final int rate;
        final int warmupCount;
        final int total;
        final long[] sentNanos;
        /** When each snapshot was due by the schedule; sentNanos minus this is how late the producer sent it. */
        final long[] dueNanos;
        /** Optional file for one line per measured snapshot, to see when in the run the slow ones happened. */
        final String csv;
        final long[] sentWallMillis;
        /** Set by the reader thread after emittedAtMillis, read by this one: the atomic set publishes both. */
        final AtomicLongArray flaggedNanos;
        final long[] emittedAtMillis;
        final AtomicLong flags = new AtomicLong();
        final AtomicBoolean stop = new AtomicBoolean();

        ScorerSample atMeasuredStart;

        Run(String bootstrap, String registry, Scorer scorer, int rate, int warmupSeconds, int measuredSeconds,
                String csv) {
            this.csv = csv;
            this.bootstrap = bootstrap;
            this.registry = registry;
            this.scorer = scorer;
            this.rate = rate;
            this.warmupCount = rate * warmupSeconds;
            this.total = warmupCount + rate * measuredSeconds;
            this.sentNanos = new long[total];
            this.dueNanos = new long[total];
            this.sentWallMillis = new long[total];
            this.flaggedNanos = new AtomicLongArray(total);
            this.emittedAtMillis = new long[total];
        }

        void execute() throws Exception {
            KafkaConsumer<Long, byte[]> consumer = flagConsumer();
            Thread reader = new Thread(() -> readFlags(consumer), "flag-reader");
            reader.start();

            Serializer<AccountBehaviour> serializer = AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registry)
                    .serializer();
            Random random = new Random(11);
            long interval = 1_000_000_000L / rate;
            long measuredStart = 0;
            long lastSend = 0;
            System.out.printf("Producing %,d snapshots at %,d/s: %d s warm-up, then %d s measured ...%n", total, rate,
                    warmupCount / rate, (total - warmupCount) / rate);
            try (KafkaProducer<Long, AccountBehaviour> producer = new KafkaProducer<>(producerConfig(bootstrap),
                    new LongSerializer(), serializer)) {
                long start = System.nanoTime();
                for (int i = 0; i < total; i++) {
                    if (i == warmupCount) {
                        start = awaitWarmupFlagged() - i * interval;
                    }
                    long due = start + i * interval;
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    long account = FIRST_ACCOUNT + i;
                    AccountBehaviour snapshot = Borrower.behaviour(account, DAY, random.nextDouble(),
                            Borrower.loan(account, DAY.minusDays(200), random.nextDouble()));
                    ProducerRecord<Long, AccountBehaviour> record = new ProducerRecord<>(
                            Topics.ACCOUNT_BEHAVIOUR.name(), null, midnight(DAY), account, snapshot);
                    sentWallMillis[i] = System.currentTimeMillis();
                    sentNanos[i] = System.nanoTime();
                    dueNanos[i] = due;
                    producer.send(record);
                    if (i == warmupCount) {
                        measuredStart = sentNanos[i];
                        atMeasuredStart = scorer.sample();
                    }
                    lastSend = sentNanos[i];
                    if (i > 0 && i % (rate * 10) == 0) {
                        System.out.printf("  %,d sent, %,d flags read%n", i, flags.get());
                    }
                }
            }
            double achieved = (total - warmupCount - 1) / ((lastSend - measuredStart) / 1e9);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline && !allFlagged()) {
                Thread.sleep(100);
            }
            ScorerSample atEnd = scorer.sample();
            stop.set(true);
            reader.join();
            report(achieved, atEnd);
        }

        KafkaConsumer<Long, byte[]> flagConsumer() {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
            KafkaConsumer<Long, byte[]> consumer = new KafkaConsumer<>(config, new LongDeserializer(),
                    new ByteArrayDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.RISK_FLAGS.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            return consumer;
        }

        void readFlags(KafkaConsumer<Long, byte[]> consumer) {
            var deserializer = AvroSerdes.valueSerde(Topics.RISK_FLAGS, registry).deserializer();
            try (consumer) {
                while (!stop.get()) {
                    for (ConsumerRecord<Long, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        flags.incrementAndGet();
                        int i = (int) (record.key() - FIRST_ACCOUNT);
                        if (i < 0 || i >= total || flaggedNanos.get(i) != 0) {
                            continue;
                        }
                        RiskFlag flag = deserializer.deserialize(record.topic(), record.value());
                        emittedAtMillis[i] = flag.getEmittedAt().toEpochMilli();
                        flaggedNanos.set(i, now);
                    }
                }
            }
        }

        /**
         * Holds the measured part back until the scorer has flagged every warm-up snapshot, so that it starts from a
         * caught-up scorer instead of inheriting a backlog from its cold start. Returns the time it resumes.
         */
        long awaitWarmupFlagged() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!flagged(0, warmupCount)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The scorer did not flag the warm-up snapshots within 120 s");
                }
                Thread.sleep(50);
            }
            System.out.println("  the scorer has caught up with the warm-up; measuring");
            return System.nanoTime();
        }

        boolean allFlagged() {
            return flagged(warmupCount, total);
        }

        boolean flagged(int from, int to) {
            for (int i = from; i < to; i++) {
                if (flaggedNanos.get(i) == 0) {
                    return false;
                }
            }
            return true;
        }

        void report(double achieved, ScorerSample atEnd) {
            int measured = total - warmupCount;
            long[] visible = new long[measured];
            long[] toEmission = new long[measured];
            int n = 0;
            for (int i = warmupCount; i < total; i++) {
                if (flaggedNanos.get(i) != 0) {
                    visible[n] = flaggedNanos.get(i) - sentNanos[i];
                    toEmission[n] = (emittedAtMillis[i] - sentWallMillis[i]) * 1_000_000;
                    n++;
                }
            }
            long[] late = new long[measured];
            for (int i = warmupCount; i < total; i++) {
                late[i - warmupCount] = Math.max(0, sentNanos[i] - dueNanos[i]);
            }
            Arrays.sort(late);
            visible = Arrays.copyOf(visible, n);
            toEmission = Arrays.copyOf(toEmission, n);
            Arrays.sort(visible);
            Arrays.sort(toEmission);
            System.out.println();
            System.out.printf("snapshots measured     %,d (after %,d warm-up)%n", measured, warmupCount);
            System.out.printf("achieved rate          %,.0f snapshots/s (target %,d/s)%n", achieved, rate);
            System.out.printf("flags read             %,d in all; %,d measured snapshots flagged, %,d not within 15 s%n",
                    flags.get(), n, measured - n);
            System.out.printf("snapshot -> flag visible to a read_committed consumer (ms): %s%n", percentiles(visible));
            System.out.printf("snapshot -> flag emittedAt at the scorer (ms, 1 ms clock):   %s%n",
                    percentiles(toEmission));
            // Latency is counted from the send; this says how far the producer itself fell behind its schedule (its
            // own GC or a starved core), which would otherwise thin out the load instead of showing as latency.
            System.out.printf("producer late vs schedule (ms):                            %s%n", percentiles(late));
            if (csv != null) {
                writeCsv();
            }
            double cpu = atEnd.cpuSeconds() - atMeasuredStart.cpuSeconds();
            double scored = atEnd.snapshots() - atMeasuredStart.snapshots();
            System.out.printf("scorer CPU              %.0f ms per 1,000 snapshots (%.1f s for %,.0f snapshots): "
                    + "one free core would score about %,.0f snapshots/s%n", 1000 * cpu * 1000 / scored, cpu, scored,
                    scored / cpu);
        }

        /** index, ms since the measured start at send, lateness, visible latency, latency to emittedAt (ms). */
        void writeCsv() {
            StringBuilder out = new StringBuilder("i,sent_ms,late_ms,visible_ms,emitted_ms\n");
            long origin = sentNanos[warmupCount];
            for (int i = warmupCount; i < total; i++) {
                long flagged = flaggedNanos.get(i);
                out.append(i - warmupCount).append(',')
                        .append(String.format("%.3f,%.3f,", (sentNanos[i] - origin) / 1e6,
                                Math.max(0, sentNanos[i] - dueNanos[i]) / 1e6))
                        .append(flagged == 0 ? "" : String.format("%.3f", (flagged - sentNanos[i]) / 1e6)).append(',')
                        .append(flagged == 0 ? "" : String.valueOf(emittedAtMillis[i] - sentWallMillis[i]))
                        .append('\n');
            }
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(csv), out);
                System.out.println("per-snapshot latencies written to " + csv);
            } catch (java.io.IOException e) {
                System.out.println("could not write " + csv + ": " + e);
            }
        }

        static String percentiles(long[] sortedNanos) {
            if (sortedNanos.length == 0) {
                return "no data";
            }
            return String.format("p50 %.1f  p95 %.1f  p99 %.1f  max %.1f", at(sortedNanos, 0.50),
                    at(sortedNanos, 0.95), at(sortedNanos, 0.99), sortedNanos[sortedNanos.length - 1] / 1e6);
        }

        static double at(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
        }
    }

    static long midnight(LocalDate day) {
        return day.toEpochDay() * 86_400_000L;
    }

    /**
     * A salaried borrower; the dial (0 safe .. 1 stretched) raises instalment/income and lowers the balance's lows,
     * which always dip below zero so the negative-balance rule flags every snapshot.
     */
    static final class Borrower {

        static LoanFacts loan(long accountId, LocalDate granted, double dial) {
            double paymentToIncome = 0.05 + 0.5 * dial;
            double payment = Math.round(20_000 * paymentToIncome);
            return new LoanFacts(accountId + 500_000, granted, payment * 24, 24, payment, paymentToIncome);
        }

        static AccountBehaviour behaviour(long accountId, LocalDate asOf, double dial, LoanFacts loan) {
            double low = -500 - 40_000 * dial;
            return AccountBehaviour.newBuilder()
                    .setAccountId(accountId)
                    .setAsOfDate(asOf)
                    .setOpenedOn(asOf.minusDays(730))
                    .setTenureDays(730)
                    .setTransactionCount(400)
                    .setBalance(31_000 + low / 2)
                    .setBalance30d(new BalanceStats(low, 30_000 + low / 2, 27_000 + low / 2, 3_000.0, 30))
                    .setBalance90d(new BalanceStats(low, 30_000 + low / 2, 26_000 + low / 2, 3_500.0, 90))
                    .setBalance365d(new BalanceStats(low, 29_000 + low / 2, 24_000 + low / 2, 5_000.0, 365))
                    .setBalanceSinceOpening(new BalanceStats(low, 25_000.0, 20_000.0, 7_000.0, 730))
                    .setNegativeBalanceDays(1 + (int) (10 * dial))
                    .setCredits(flows(2, 20_500, 6, 61_500, 24, 246_000))
                    .setDebits(flows(8, 19_000, 24, 60_000, 96, 240_000))
                    .setByKind(new ArrayList<>(List.of(
                            new KindFlows(TransactionKind.SALARY_OR_TRANSFER_IN, TransactionDirection.CREDIT,
                                    flows(1, 20_000, 3, 60_000, 12, 240_000)),
                            new KindFlows(TransactionKind.CASH_WITHDRAWAL, TransactionDirection.DEBIT,
                                    flows(4, 8_000, 12, 24_000, 48, 96_000)),
                            new KindFlows(TransactionKind.STATEMENT_FEE, TransactionDirection.DEBIT,
                                    flows(1, 30, 3, 90, 12, 360)))))
                    .setSmallVsLarge(1.2)
                    .setMonthsSinceLastCredit(0.3)
                    .setMonthlyIncome(20_000)
                    .setSavingsRatio(0.02)
                    .setStatementFrequency(StatementFrequency.MONTHLY)
                    .setOwnerAge(40)
                    .setOwnerGender(Gender.MALE)
                    .setDisponents(0)
                    .setDistrict(new DistrictFacts(1, 9_000.0, 3.0, 60.0, 30.0))
                    .setCards(new ArrayList<>())
                    .setStandingOrders(new ArrayList<>())
                    .setLoan(loan)
                    .build();
        }

        static WindowedFlows flows(int count30, double sum30, int count90, double sum90, int count365,
                double sum365) {
            return new WindowedFlows(stats(count30, sum30), stats(count90, sum90), stats(count365, sum365));
        }

        static FlowStats stats(int count, double sum) {
            double mean = count == 0 ? 0.0 : sum / count;
            return new FlowStats(count, sum, mean, count == 0 ? 0.0 : Math.min(sum, 2 * mean));
        }
    }
}
