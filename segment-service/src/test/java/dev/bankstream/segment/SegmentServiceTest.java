package dev.bankstream.segment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.ProductOffer;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.segment.topology.Customers;
import dev.bankstream.testsupport.KafkaPlatformResource;
import dev.bankstream.testsupport.RestPolling;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopicContents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The running service against the real broker and registry: behaviour snapshots of 300 accounts in, an automatic
 * first training, a retrain over REST, and segment changes, assignments, offers and the dashboard views out.
 */
@QuarkusTest
@QuarkusTestResource(KafkaPlatformResource.class)
class SegmentServiceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int PER_PROFILE = 100;
    private static final long FIRST_ACCOUNT = 10_000;
    private static final int ACCOUNTS = PER_PROFILE * Customers.PROFILES.size();

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
    void behaviourOfManyAccountsBecomesSegmentsOffersAndViews() throws Exception {
        // Given the behaviour of 300 accounts, and no model yet
        for (AccountBehaviour snapshot : Customers.population(PER_PROFILE, 7L, FIRST_ACCOUNT)) {
            send(snapshot);
        }

        // When the service trains by itself (200 accounts are enough), every account is placed and gets offers
        Response listed = awaitRest("/segmentations",
                response -> response.statusCode() == 200 && response.jsonPath().getList("version").stream()
                        .allMatch(version -> version != null && version.toString().contains("-g1-")));
        assertThat(listed.jsonPath().getList("k", Integer.class)).allSatisfy(k -> assertThat(k).isBetween(3, 5));
        assertThat(listed.jsonPath().getList("candidates[0].silhouette")).hasSize(3);
        List<SegmentChange> firstPlacements = awaitRecords(Topics.SEGMENT_CHANGES, decoder(Topics.SEGMENT_CHANGES),
                change -> change.getFromSegment() == null && change.getAccountId() >= FIRST_ACCOUNT, 2 * ACCOUNTS);
        assertThat(firstPlacements.stream().map(c -> c.getAccountId() + "/" + c.getSegmentation()).distinct())
                .hasSize(2 * ACCOUNTS);
        List<AccountSegments> assignments = awaitRecords(Topics.SEGMENT_ASSIGNMENTS,
                decoder(Topics.SEGMENT_ASSIGNMENTS), segments -> segments.getAssignments().size() == 2, ACCOUNTS);
        assertThat(assignments.stream().map(AccountSegments::getAccountId).distinct()).hasSize(ACCOUNTS);
        awaitRecords(Topics.OFFERS, decoder(Topics.OFFERS), offer -> !offer.getOffers().isEmpty(), ACCOUNTS);

        // When a retrain is asked for
        Response trained = given().post("/segmentations/train");

        // Then both segmentations and the recommender are published again, segment ids kept, and taken into service
        assertThat(trained.statusCode()).as(trained.asString()).isEqualTo(200);
        assertThat(trained.jsonPath().getInt("accounts")).isEqualTo(ACCOUNTS);
        assertThat(trained.jsonPath().getList("models.name")).containsExactly("segmentation-behavioural",
                "segmentation-demographic", "recommender-item-item");
        List<Integer> firstIds = listed.jsonPath().getList("find { it.id == 'behavioural' }.segments.id");
        Response retrained = awaitRest("/segmentations", response -> response.jsonPath().getList("version").stream()
                .allMatch(version -> version.toString().contains("-g2-")));
        assertThat(retrained.jsonPath().getList("find { it.id == 'behavioural' }.segments.id", Integer.class))
                .containsExactlyInAnyOrderElementsOf(firstIds);

        // When an account takes up a product
        long account = FIRST_ACCOUNT + 1;
        AccountBehaviour later = AccountBehaviour.newBuilder(Customers.snapshot(account, Customers.START.plusDays(1),
                Customers.AFFLUENT_INACTIVE, Customers.YOUNG_CITY_WOMAN,
                List.of(Behaviours.card(CardType.GOLD)), List.of())).build();
        send(later);

        // Then it gets fresh offers, without that product
        ProductOffer refreshed = awaitRecords(Topics.OFFERS, decoder(Topics.OFFERS),
                offer -> offer.getAccountId() == account && offer.getEventDate().equals(Customers.START.plusDays(1)), 1)
                .get(0);
        assertThat(refreshed.getOffers()).noneMatch(offer -> offer.getProduct().equals("GOLD_CARD"));

        // ... and the dashboard views answer
        given().get("/accounts/" + account + "/segments").then().statusCode(200);
        assertThat(given().get("/accounts/" + account + "/segments").jsonPath().getList("segments.segmentation"))
                .containsExactly("behavioural", "demographic");
        Response profiles = given().get("/segmentations/behavioural/profiles");
        assertThat(profiles.statusCode()).isEqualTo(200);
        assertThat(profiles.jsonPath().getList("segments.radar")).isNotEmpty();
        Response pca = given().get("/segmentations/demographic/pca");
        assertThat(pca.statusCode()).isEqualTo(200);
        assertThat(pca.jsonPath().getList("accounts")).hasSize(ACCOUNTS);
        Response history = given().get("/segmentations/behavioural/kmeans-history?iterations=5");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.jsonPath().getList("iterations")).hasSize(5);
        Response evaluation = given().get("/recommendations/evaluation");
        assertThat(evaluation.statusCode()).as(evaluation.asString()).isEqualTo(200);
        assertThat(evaluation.jsonPath().getInt("k")).isEqualTo(3);
        assertThat(evaluation.jsonPath().getInt("evaluated")).isPositive();
        assertThat(given().get("/q/metrics").asString())
                .contains("bankstream_segment_changes_total", "bankstream_segment_models_total");

        // When the scoring-service scores the account as risky and of little value
        Serializer<AccountScore> scores = AvroSerdes.valueSerde(Topics.ACCOUNT_SCORES, TestPlatform.get().registryUrl())
                .serializer();
        AccountScore score = AccountScore.newBuilder().setAccountId(account).setAsOfDate(Customers.START.plusDays(1))
                .setDefaultProbability(0.4).setActiveRuleFlags(1).setRiskScore(0.4).setValueScore(0.2)
                .setModelVersion("loan-default-test").build();
        producer.send(new ProducerRecord<>(Topics.ACCOUNT_SCORES.name(),
                new LongSerializer().serialize(Topics.ACCOUNT_SCORES.name(), account),
                scores.serialize(Topics.ACCOUNT_SCORES.name(), score))).get();

        // Then its quadrant is answered, on its own and with its segments, and counted on the dashboard view
        Response quadrant = awaitRest("/accounts/" + account + "/quadrant", response -> response.statusCode() == 200);
        assertThat(quadrant.jsonPath().getString("quadrant")).isEqualTo("LOW_VALUE_HIGH_RISK");
        assertThat(quadrant.jsonPath().getString("action")).isEqualTo("Limit exposure");
        assertThat(given().get("/accounts/" + account + "/segments").jsonPath().getString("riskValueQuadrant"))
                .isEqualTo("LOW_VALUE_HIGH_RISK");
        Response dashboard = given().get("/quadrants?sample=10");
        assertThat(dashboard.jsonPath().getLong("counts.LOW_VALUE_HIGH_RISK")).isEqualTo(1);
        assertThat(dashboard.jsonPath().getList("sample.accountId", Long.class)).containsExactly(account);
        AccountSegments withQuadrant = awaitRecords(Topics.SEGMENT_ASSIGNMENTS, decoder(Topics.SEGMENT_ASSIGNMENTS),
                segments -> segments.getAccountId() == account && segments.getRiskValueQuadrant() != null, 1).get(0);
        assertThat(withQuadrant.getRiskValueQuadrant()).isEqualTo("LOW_VALUE_HIGH_RISK");
    }

    @Test
    void undecodableSnapshotIsDeadLettered() throws Exception {
        // Given bytes on the behaviour topic that are not a snapshot
        byte[] key = new LongSerializer().serialize(Topics.ACCOUNT_BEHAVIOUR.name(), 99_999L);
        producer.send(new ProducerRecord<>(Topics.ACCOUNT_BEHAVIOUR.name(), key,
                "not a snapshot".getBytes(StandardCharsets.UTF_8))).get();

        // Then they reach the dead letters with the reason
        DeadLetter letter = awaitRecords(Topics.SEGMENT_DEAD_LETTERS, decoder(Topics.SEGMENT_DEAD_LETTERS),
                dead -> dead.getReason().startsWith("UNDECODABLE"), 1).get(0);
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.ACCOUNT_BEHAVIOUR.name());
    }

    private static void send(AccountBehaviour snapshot) throws Exception {
        Serializer<AccountBehaviour> values = AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR,
                TestPlatform.get().registryUrl()).serializer();
        long timestamp = snapshot.getAsOfDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        producer.send(new ProducerRecord<>(Topics.ACCOUNT_BEHAVIOUR.name(), null, timestamp,
                new LongSerializer().serialize(Topics.ACCOUNT_BEHAVIOUR.name(), snapshot.getAccountId()),
                values.serialize(Topics.ACCOUNT_BEHAVIOUR.name(), snapshot)));
    }

    private static <V extends SpecificRecord> BiFunction<String, byte[], V> decoder(
            TopicSpec<?, V> topic) {
        var deserializer = AvroSerdes.valueSerde(topic, TestPlatform.get().registryUrl()).deserializer();
        return deserializer::deserialize;
    }

    /** Reads the topic from the start until {@code count} matching values arrived, or fails at the deadline. */
    private static <V> List<V> awaitRecords(TopicSpec<?, ?> topic, BiFunction<String, byte[], V> decode,
            Predicate<V> wanted, int count) {
        List<V> found = TopicContents.awaitValues(TestPlatform.get().bootstrapServers(), topic.name(), decode, wanted,
                count, PATIENCE);
        assertThat(found).as("matching records on %s within %s", topic.name(), PATIENCE).hasSizeGreaterThanOrEqualTo(count);
        return found;
    }

    private static Response awaitRest(String path, Predicate<Response> done) {
        return RestPolling.await(path, done, PATIENCE);
    }
}
