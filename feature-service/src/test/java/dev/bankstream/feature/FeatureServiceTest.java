package dev.bankstream.feature;

import static dev.bankstream.feature.Fixtures.clientLinked;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.opened;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.RestPolling;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopicContents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The running service against the real broker and registry: Avro in, snapshots, REST and dead letters out. */
@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class FeatureServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long ACCOUNT = 7_001;
    private static final long OWNER = 7_501;
    private static final int DISTRICT = 17;

    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void connect() {
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
    void anAccountsHistoryComesOutAsDailySnapshotsAndOverRest() throws Exception {
        // Given reference data, then an account's events and transactions over days 0-2, in event-time order
        send(Topics.DISTRICTS, DISTRICT, Fixtures.district(DISTRICT, 11_000, 200_000, 4_000), 0);
        send(Topics.CLIENTS, OWNER, Fixtures.client(OWNER, LocalDate.of(1960, 3, 1), Gender.MALE), 0);
        send(Topics.ACCOUNT_EVENTS, ACCOUNT, opened(ACCOUNT, 0, DISTRICT), 0);
        send(Topics.ACCOUNT_EVENTS, ACCOUNT, clientLinked(ACCOUNT, 0, OWNER, ClientRole.OWNER), 0);
        send(Topics.TRANSACTIONS, ACCOUNT, credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "5000", "5000"), 0);
        send(Topics.TRANSACTIONS, ACCOUNT, debit(ACCOUNT, 1, TransactionKind.CASH_WITHDRAWAL, "1200", "3800"), 1);
        send(Topics.TRANSACTIONS, ACCOUNT, credit(ACCOUNT, 2, TransactionKind.SALARY_OR_TRANSFER_IN, "9000", "12800"), 2);
        // and a transaction on day 4, which makes days up to 2 final (one grace day)
        send(Topics.TRANSACTIONS, ACCOUNT, debit(ACCOUNT, 4, TransactionKind.CASH_WITHDRAWAL, "800", "12000"), 4);

        // Then days 0, 1 and 2 come out once each, as of their own end, joined with district and owner
        List<AccountBehaviour> snapshots = awaitRecords(Topics.ACCOUNT_BEHAVIOUR,
                AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registryUrl()).deserializer()::deserialize,
                behaviour -> behaviour.getAccountId() == ACCOUNT, 3);
        assertThat(snapshots).extracting(AccountBehaviour::getAsOfDate)
                .containsExactly(Fixtures.day(0), Fixtures.day(1), Fixtures.day(2));
        assertThat(snapshots).extracting(AccountBehaviour::getBalance).containsExactly(5000.0, 3800.0, 12800.0);
        AccountBehaviour day2 = snapshots.get(2);
        assertThat(day2.getDistrict().getAverageSalary()).isEqualTo(11_000.0);
        assertThat(day2.getOwnerAge()).isEqualTo(34);
        assertThat(day2.getOwnerGender()).isEqualTo(Gender.MALE);

        // And REST answers with the latest day known, day 4, still open
        Response rest = awaitRest("/accounts/" + ACCOUNT + "/behaviour",
                response -> response.statusCode() == 200 && "1995-01-05".equals(response.path("asOfDate")));
        assertThat(rest.<Float>path("balance")).isEqualTo(12000.0f);
        assertThat(rest.<Integer>path("transactionCount")).isEqualTo(4);
        assertThat(rest.<Integer>path("district.districtId")).isEqualTo(DISTRICT);
        assertThat(rest.<Object>path("schema")).isNull();
        given().get("/accounts?offset=0&limit=100").then().statusCode(200)
                .body("accounts.accountId", hasItem((int) ACCOUNT));
        given().get("/accounts/424242/behaviour").then().statusCode(404);
    }

    @Test
    void aBrokenRecordLandsInTheDeadLettersWithItsReasonAndIsCounted() throws Exception {
        // Given a record on bank.transactions whose value is not Avro
        byte[] key = new LongSerializer().serialize(Topics.TRANSACTIONS.name(), 7_002L);
        byte[] broken = "{\"this\": \"is json, not avro\"}".getBytes(StandardCharsets.UTF_8);
        RecordMetadata sent = producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), null,
                midnight(3), key, broken)).get();

        // Then it comes out as a dead letter that says where it came from and why
        DeadLetter deadLetter = awaitRecords(Topics.FEATURE_DEAD_LETTERS,
                AvroSerdes.valueSerde(Topics.FEATURE_DEAD_LETTERS, registryUrl()).deserializer()::deserialize,
                letter -> letter.getValue() != null && Arrays.equals(bytes(letter.getValue()), broken),
                1).get(0);
        assertThat(deadLetter.getSourceTopic()).isEqualTo(Topics.TRANSACTIONS.name());
        assertThat(deadLetter.getPartition()).isEqualTo(sent.partition());
        assertThat(deadLetter.getOffset()).isEqualTo(sent.offset());
        assertThat(deadLetter.getReason()).startsWith("UNDECODABLE: IllegalStateException: Unknown magic byte");

        // And the drop is visible in /q/metrics
        assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("bankstream_feature_dead_letters_total\\{[^}]*reason=\"UNDECODABLE\"[^}]*} [1-9]");
    }

    @Test
    void aTransactionBookedBeforeItsAccountsOpeningIsKeptAndCountedInMetrics() throws Exception {
        // Given a deposit on day 2 for an account opened on day 4 (alone on its partition among this class's accounts,
        // so the days it makes final touch no other test), and both inputs on day 4, which makes day 2 final
        long account = 7_004;
        send(Topics.TRANSACTIONS, account, credit(account, 2, TransactionKind.CASH_DEPOSIT, "250", "250"), 2);
        send(Topics.ACCOUNT_EVENTS, account, opened(account, 4, DISTRICT), 4);
        send(Topics.TRANSACTIONS, account, credit(account, 4, TransactionKind.CASH_DEPOSIT, "50", "300"), 4);

        // Then the account has both transactions, one counted as booked before the opening
        Response rest = awaitRest("/accounts/" + account + "/behaviour",
                response -> response.statusCode() == 200 && Integer.valueOf(2).equals(response.path("transactionCount")));
        assertThat(rest.<Integer>path("transactionsBeforeOpening")).isEqualTo(1);
        // And the count is visible in /q/metrics once day 2 is final
        awaitRest("/q/metrics", response -> response.asString()
                .matches("(?s).*bankstream_feature_transactions_unopened_total [1-9].*"));
    }

    @Test
    void healthReflectsTheStreamsState() {
        awaitRest("/q/health/ready", response -> response.statusCode() == 200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Kafka Streams queryable state' }.data.state", is("RUNNING"));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", hasItem("Kafka Streams state health check"));
    }

    private static <K> void send(TopicSpec<K, ?> topic, K key, SpecificRecord value, int day) throws Exception {
        @SuppressWarnings("unchecked")
        Serializer<SpecificRecord> values = (Serializer<SpecificRecord>) (Serializer<?>) AvroSerdes
                .valueSerde((TopicSpec<K, SpecificRecord>) (TopicSpec<K, ?>) topic, registryUrl()).serializer();
        producer.send(new ProducerRecord<>(topic.name(), null, midnight(day),
                topic.keySerde().serializer().serialize(topic.name(), key),
                values.serialize(topic.name(), value))).get();
    }

    /** Reads the topic from the start until {@code count} matching values arrived, or fails at the deadline. */
    private static <V> List<V> awaitRecords(TopicSpec<?, ?> topic, BiFunction<String, byte[], V> decode,
            Predicate<V> wanted, int count) {
        List<V> found = TopicContents.awaitValues(TestPlatform.get().bootstrapServers(), topic.name(), decode, wanted,
                count, PATIENCE);
        assertThat(found).as("matching records on %s within %s", topic.name(), PATIENCE).hasSize(count);
        return found;
    }

    private static Response awaitRest(String path, Predicate<Response> done) {
        return RestPolling.await(path, done, PATIENCE);
    }

    private static String registryUrl() {
        return TestPlatform.get().registryUrl();
    }

    private static long midnight(int day) {
        return Fixtures.day(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
