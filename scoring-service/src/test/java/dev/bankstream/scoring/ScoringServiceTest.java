package dev.bankstream.scoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.scoring.online.ScoringSerdes;
import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.TestPlatform;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The running service against the real broker and registry: training from the topics over REST, the model picked up
 * from the models topic without a restart, and flags on risk.flags for the snapshots that follow.
 */
@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class ScoringServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long RISKY_BORROWER = 90_001;
    private static final long OVERDRAWN_ACCOUNT = 90_002;
    private static final LocalDate DAY = LocalDate.of(1998, 6, 1);

    private static ScoringSerdes serdes;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void connect() {
        serdes = ScoringSerdes.forRegistry(TestPlatform.get().registryUrl());
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void disconnect() {
        if (producer != null) { // null when Quarkus did not start: its error is the one to read
            producer.close();
        }
    }

    @Test
    void trainsFromTheTopicsOverRestThenFlagsTheNextSnapshotsWithTheNewModel() throws Exception {
        // Given 500 synthetic loans at their grant and their outcomes on the topics the feature- and ingest-services fill
        SyntheticLoans.Sample sample = SyntheticLoans.generate(500, 23);
        for (LoanSnapshot snapshot : sample.snapshots()) {
            send(Topics.LOAN_SNAPSHOTS.name(), snapshot.getLoanId(), serdes.loanSnapshots(), snapshot);
        }
        for (LoanOutcome outcome : sample.outcomes()) {
            send(Topics.LOAN_OUTCOMES.name(), outcome.getAccountId(), serdes.loanOutcomes(), outcome);
        }
        producer.flush();

        // When a model is trained through the running service
        JsonPath report = given().contentType(ContentType.JSON)
                .body("{\"algorithm\": \"logistic-regression\", \"dataOrigin\": \"generated\"}")
                .when().post("/models/train")
                .then().statusCode(201)
                .extract().jsonPath();
        String version = report.getString("version");

        // Then the report says which data, gives figures with intervals, and names the files it wrote
        assertThat(report.getString("origin")).isEqualTo("GENERATED");
        assertThat(report.getList("summary", String.class))
                .anySatisfy(line -> assertThat(line).startsWith("Cross-validation").contains("ROC-AUC").contains("["))
                .anySatisfy(line -> assertThat(line).contains("GENERATED data").contains("500 loans"));
        assertThat(report.getList("files", String.class)).hasSize(3)
                .allSatisfy(file -> assertThat(file).contains(version));

        // And the scorer puts it into service from the models topic, without a restart
        awaitModelInService(version);

        // When a borrower in distress and an overdrawn account send their behaviour
        AccountBehaviour borrower = Behaviours.ordinary(RISKY_BORROWER, DAY)
                .setBalance30d(Behaviours.balance(-20_000, 5_000, 0, 3_000, 30))
                .setBalance90d(Behaviours.balance(-40_000, 5_000, 0, 3_500, 90))
                .setLoan(Behaviours.loan(RISKY_BORROWER + 1, DAY.minusDays(200), 240_000, 24, 10_000, 0.5))
                .build();
        AccountBehaviour overdrawn = Behaviours.ordinary(OVERDRAWN_ACCOUNT, DAY)
                .setBalance30d(Behaviours.balance(-1_500, 2_000, 500, 2_500, 30))
                .setNegativeBalanceDays(12)
                .build();
        send(Topics.ACCOUNT_BEHAVIOUR.name(), RISKY_BORROWER, serdes.accountBehaviour(), borrower);
        send(Topics.ACCOUNT_BEHAVIOUR.name(), OVERDRAWN_ACCOUNT, serdes.accountBehaviour(), overdrawn);
        producer.flush();

        // Then risk.flags carries a model flag naming the new version, with reasons, and a rule flag
        List<RiskFlag> flags = awaitFlags(2);
        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.getAccountId()).isEqualTo(RISKY_BORROWER);
            assertThat(flag.getKind()).isEqualTo(RiskFlags.LOAN_DEFAULT_RISK);
            assertThat(flag.getModelVersion()).isEqualTo(version);
            assertThat(flag.getReasons()).isNotEmpty();
        });
        assertThat(flags).anySatisfy(flag -> {
            assertThat(flag.getAccountId()).isEqualTo(OVERDRAWN_ACCOUNT);
            assertThat(flag.getKind()).isEqualTo("NEGATIVE_BALANCE_DAYS");
            assertThat(flag.getSource()).isEqualTo(FlagSource.RULE);
        });
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("bankstream_scoring_flags_total"))
                .body(org.hamcrest.Matchers.containsString("bankstream_scoring_latency_seconds"));
    }

    private static <V> void send(String topic, long key, Serde<V> serde, V value) {
        producer.send(new ProducerRecord<>(topic, null, DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                .toEpochMilli(), new LongSerializer().serialize(topic, key), serde.serializer().serialize(topic, value)));
    }

    private static void awaitModelInService(String version) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonPath status = given().when().get("/models").then().statusCode(200).extract().jsonPath();
            if (version.equals(status.getString("loanDefault.version"))) {
                assertThat(status.getString("mode")).isEqualTo("MODEL_AND_RULES");
                return;
            }
            Thread.sleep(200);
        }
        given().when().get("/models").then().body("loanDefault.version", is(version));
    }

    /** Flags for this test's accounts, read committed, until there are {@code count} or the patience runs out. */
    private static List<RiskFlag> awaitFlags(int count) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.get().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "scoring-service-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<RiskFlag> flags = new ArrayList<>();
        try (KafkaConsumer<Long, byte[]> consumer = new KafkaConsumer<>(config, new LongDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RISK_FLAGS.name()));
            Instant deadline = Instant.now().plus(PATIENCE);
            while (flags.size() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<Long, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() == RISKY_BORROWER || record.key() == OVERDRAWN_ACCOUNT) {
                        flags.add(serdes.riskFlags().deserializer().deserialize(record.topic(), record.value()));
                    }
                }
            }
        }
        return flags;
    }
}
