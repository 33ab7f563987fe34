package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicReader;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.platform.StreamsProgress;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.Behaviours;
import dev.bankstream.testsupport.TestPlatform;

/**
 * The way Kafka tests itself: while snapshots arrive, the packaged scorer is killed (SIGKILL) twice mid-stream, each
 * time replaced by one on an empty state directory (its state comes back from the changelogs, including what was
 * written after the last commit), and what it published is compared with the same topology fed the same snapshots
 * once, in a {@link org.apache.kafka.streams.TopologyTestDriver}. Every flag and score must be there; a flag may come
 * twice, with its id.
 */
class ScoringCrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final long FIRST_ACCOUNT = 7_000_000;
    private static final int ACCOUNTS = 200;
    private static final int DAYS = 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(1997, 1, 1);
    /** How long the snapshots take to arrive: long enough for two kills and a restart in between. */
    private static final Duration ARRIVAL = Duration.ofSeconds(24);

    /**
     * The scorer's changelogs roll a segment per day of record time (1997 here, as in any replay of history) and are
     * compacted as soon as anything in them is dirty: what a platform does over a long replay, within the test.
     */
    private static final List<String> EAGER_COMPACTION = List.of("-Dkafka-streams.topic.segment.ms=86400000",
            "-Dkafka-streams.topic.min.cleanable.dirty.ratio=0.01");

    private final List<ServiceProcess> scorers = new ArrayList<>();

    @AfterEach
    void stopScorers() throws Exception {
        for (ServiceProcess scorer : scorers) {
            scorer.close();
        }
        cleanerBackoff(AlterConfigOp.OpType.DELETE, null);
    }

    /** The broker's cleaner looks for dirty logs every 15 s by default; every half second here. */
    private static void cleanerBackoff(AlterConfigOp.OpType operation, String millis) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestPlatform.get().bootstrapServers()))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.BROKER, ""),
                    List.of(new AlterConfigOp(new ConfigEntry("log.cleaner.backoff.ms", millis), operation))))
                    .all().get();
        }
    }

    @Test
    void aScorerKilledTwiceMidStreamLosesNoFlagAndNoScore() throws Exception {
        // Given snapshots of accounts whose negative-balance days climb through every level and reset, and what the
        // topology publishes for them when each is processed once
        TestPlatform platform = TestPlatform.get();
        cleanerBackoff(AlterConfigOp.OpType.SET, "500");
        List<AccountBehaviour> snapshots = snapshots();
        Reference reference = reference(snapshots);
        assertThat(reference.flags()).hasSizeGreaterThan(ACCOUNTS * 5);

        // When they arrive over a while, and the scorer is killed twice, each time after working a quarter of that while
        String applicationId = "scoring-crash-it-" + System.nanoTime();
        TopicReader reader = new TopicReader(platform.bootstrapServers(), PATIENCE);
        ServiceProcess scorer = start(platform, applicationId, "scorer-1");
        Thread producer = new Thread(() -> publish(platform, snapshots), "snapshots");
        producer.start();
        List<Integer> flagsAtKill = new ArrayList<>();
        for (int kill = 1; kill <= 2; kill++) {
            Thread.sleep(ARRIVAL.dividedBy(4).toMillis());
            flagsAtKill.add(flags(reader, platform).size());
            scorer.kill();
            scorer = start(platform, applicationId, "scorer-" + (kill + 1));
        }
        producer.join();
        StreamsProgress.awaitProcessed(platform.bootstrapServers(), applicationId,
                List.of(Topics.ACCOUNT_BEHAVIOUR.name()), PATIENCE);
        assertThat(flagsAtKill).as("flags published when the scorers were killed")
                .allSatisfy(count -> assertThat(count).isPositive().isLessThan(reference.flags().size()));

        // Then every flag the reference raised is there, identical but for when it was emitted, and none other
        List<RiskFlag> flags = flags(reader, platform);
        Map<String, RiskFlag> published = flags.stream()
                .collect(Collectors.toMap(RiskFlag::getFlagId, Function.identity(), (first, again) -> first));
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(reference.flags().keySet());
        published.forEach((id, flag) -> assertThat(flag).usingRecursiveComparison().ignoringFields("emittedAt")
                .isEqualTo(reference.flags().get(id)));
        System.out.printf("ScoringCrashIT: %,d flags expected; %,d and %,d published when the scorers were killed; "
                + "%,d published in all, %,d of them again after a crash%n", reference.flags().size(),
                flagsAtKill.get(0), flagsAtKill.get(1), flags.size(), flags.size() - published.size());

        // And each account's latest score is the reference's
        Map<Long, AccountScore> latest = new HashMap<>();
        ours(reader.readAll(Topics.ACCOUNT_SCORES.name(),
                AvroSerdes.valueSerde(Topics.ACCOUNT_SCORES, platform.registryUrl()).deserializer()).values(),
                AccountScore::getAccountId).forEach(score -> latest.put(score.getAccountId(), score));
        assertThat(latest).isEqualTo(reference.latestScores());
    }

    private static List<AccountBehaviour> snapshots() {
        List<AccountBehaviour> snapshots = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            for (int account = 0; account < ACCOUNTS; account++) {
                int negativeDays = (day + account) % 25;
                AccountBehaviour.Builder snapshot = Behaviours.ordinary(FIRST_ACCOUNT + account,
                        FIRST_DAY.plusDays(day));
                if (negativeDays > 0) {
                    snapshot.setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                            .setNegativeBalanceDays(negativeDays);
                }
                snapshots.add(snapshot.build());
            }
        }
        return snapshots;
    }

    /** Sends the snapshots day by day, spread evenly over {@link #ARRIVAL}. */
    private static void publish(TestPlatform platform, List<AccountBehaviour> snapshots) {
        Serializer<AccountBehaviour> values = AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, platform.registryUrl())
                .serializer();
        Instant start = Instant.now();
        try (KafkaProducer<Long, AccountBehaviour> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers()), new LongSerializer(),
                values)) {
            for (int i = 0; i < snapshots.size(); i++) {
                if (i % ACCOUNTS == 0) {
                    sleepUntil(start.plus(ARRIVAL.multipliedBy(i).dividedBy(snapshots.size())));
                }
                AccountBehaviour snapshot = snapshots.get(i);
                // Stamped now, not with their 1997 days: the broker rolls segments of a compacted topic every 7 days
                // of record time, and its cleaner would then compact away snapshots that a restarted scorer has yet
                // to read (README, "Delivery of flags").
                producer.send(new ProducerRecord<>(Topics.ACCOUNT_BEHAVIOUR.name(), snapshot.getAccountId(),
                        snapshot));
            }
        }
    }

    private static void sleepUntil(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** What the topology publishes for the snapshots processed once each, in order. */
    private record Reference(Map<String, RiskFlag> flags, Map<Long, AccountScore> latestScores) {
    }

    private static Reference reference(List<AccountBehaviour> snapshots) {
        try (ScoringHarness harness = new ScoringHarness()) {
            snapshots.forEach(harness::send);
            Map<String, RiskFlag> flags = harness.flags.readValuesToList().stream()
                    .collect(Collectors.toMap(RiskFlag::getFlagId, Function.identity()));
            Map<Long, AccountScore> latest = new HashMap<>();
            harness.scores.readValuesToList().forEach(score -> latest.put(score.getAccountId(), score));
            return new Reference(flags, latest);
        }
    }

    private ServiceProcess start(TestPlatform platform, String applicationId, String name) throws Exception {
        List<String> jvmOptions = new ArrayList<>(ServiceProcess.SERVICE_JVM_OPTIONS);
        jvmOptions.addAll(EAGER_COMPACTION);
        ServiceProcess scorer = ServiceProcess.of(name, Path.of(System.getProperty("bankstream.scoring.app")))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .jvmOptions(jvmOptions.toArray(String[]::new))
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", applicationId)
                .start(Path.of("target"));
        scorers.add(scorer);
        scorer.awaitReady(PATIENCE);
        return scorer;
    }

    private static List<RiskFlag> flags(TopicReader reader, TestPlatform platform) {
        return ours(reader.readAll(Topics.RISK_FLAGS.name(),
                AvroSerdes.valueSerde(Topics.RISK_FLAGS, platform.registryUrl()).deserializer()).values(),
                RiskFlag::getAccountId);
    }

    /** Only this test's accounts: the platform is shared with the module's other tests. */
    private static <V> List<V> ours(List<V> values, Function<V, Long> account) {
        return values.stream()
                .filter(value -> account.apply(value) >= FIRST_ACCOUNT && account.apply(value) < FIRST_ACCOUNT + ACCOUNTS)
                .toList();
    }
}
