package dev.bankstream.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.segment.topology.Customers;
import dev.bankstream.testsupport.TestPlatform;

/**
 * Two instances of the packaged service split the account partitions: each answers for every account (forwarding
 * to the owner), and training and the views over all accounts merge both instances' parts.
 */
class TwoInstancesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long FIRST_ACCOUNT = 50_000;
    private static final int PER_PROFILE = 12;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        TestPlatform platform = TestPlatform.get();
        String applicationId = "segment-service-it-" + System.nanoTime();
        first = instance("segments-1", applicationId, platform);
        second = instance("segments-2", applicationId, platform);
        first.awaitReady(PATIENCE);
        second.awaitReady(PATIENCE);
    }

    private static ServiceProcess instance(String name, String applicationId, TestPlatform platform) throws Exception {
        return ServiceProcess.of(name, Path.of(System.getProperty("bankstream.segment.app")))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", applicationId)
                // Training is asked for below, on one instance, to see it gather the other's accounts.
                .env("BANKSTREAM_SEGMENTS_AUTO_TRAIN_MIN_ACCOUNTS", "0")
                .jvmOptions("-Xmx256m")
                .start(Path.of("target"));
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @Test
    void eachInstanceAnswersForEveryAccountAndViewsSpanBoth() throws Exception {
        // Given 36 accounts' behaviour, spread over the six partitions, each scored: even ids risky, odd ids safe
        List<AccountBehaviour> accounts = Customers.population(PER_PROFILE, 11L, FIRST_ACCOUNT);
        publish(accounts);
        int total = accounts.size();

        // Then each instance holds part of them (once the group has settled: until the second instance joins, the
        // first holds every partition)
        long onFirst = awaitSplit(total);

        // When a training is asked of the second instance
        HttpResponse<String> trained = post(second, "/segmentations/train");

        // Then it trained on every account, its own and the first instance's
        assertThat(trained.statusCode()).as(trained.body()).isEqualTo(200);
        assertThat(JSON.readTree(trained.body()).get("accounts").asInt()).isEqualTo(total);

        // And either instance answers for every account, with its two segments and its quadrant
        for (ServiceProcess instance : List.of(first, second)) {
            for (AccountBehaviour account : accounts) {
                long id = account.getAccountId();
                JsonNode segments = awaitJson(instance, "/accounts/" + id + "/segments",
                        json -> json.get("segments").size() == 2 && !json.get("riskValueQuadrant").isNull());
                assertThat(segments.get("accountId").asLong()).isEqualTo(id);
                assertThat(segments.get("riskValueQuadrant").asText()).isEqualTo(expectedQuadrant(id));
                JsonNode quadrant = awaitJson(instance, "/accounts/" + id + "/quadrant", json -> true);
                assertThat(quadrant.get("quadrant").asText()).isEqualTo(expectedQuadrant(id));
            }
        }

        // And the dashboard views count every account on either instance, while scope=instance gives one part
        for (ServiceProcess instance : List.of(first, second)) {
            JsonNode quadrants = json(instance.get("/quadrants?sample=5"));
            assertThat(quadrants.get("accounts").asLong()).isEqualTo(total);
            assertThat(quadrants.get("counts").get("HIGH_VALUE_HIGH_RISK").asLong()
                    + quadrants.get("counts").get("LOW_VALUE_LOW_RISK").asLong()).isEqualTo(total);
            assertThat(quadrants.get("sample")).hasSize(5);
            assertThat(json(instance.get("/segmentations/behavioural/pca")).get("accounts")).hasSize(total);
        }
        JsonNode firstPart = json(first.get("/quadrants?scope=instance&sample=0"));
        assertThat(firstPart.get("accounts").asLong()).isEqualTo(onFirst);
        assertThat(json(first.get("/quadrants?sample=5")).get("sample"))
                .isEqualTo(json(second.get("/quadrants?sample=5")).get("sample"));
    }

    /** Even ids are scored risky and valuable, odd ones safe and of little value. */
    private static String expectedQuadrant(long accountId) {
        return accountId % 2 == 0 ? "HIGH_VALUE_HIGH_RISK" : "LOW_VALUE_LOW_RISK";
    }

    private static void publish(List<AccountBehaviour> accounts) throws Exception {
        String registry = TestPlatform.get().registryUrl();
        Serializer<AccountBehaviour> behaviour = AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registry).serializer();
        Serializer<AccountScore> scores = AvroSerdes.valueSerde(Topics.ACCOUNT_SCORES, registry).serializer();
        try (KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.get().bootstrapServers()),
                new LongSerializer(), new ByteArraySerializer())) {
            for (AccountBehaviour account : accounts) {
                long id = account.getAccountId();
                long timestamp = account.getAsOfDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                producer.send(new ProducerRecord<>(Topics.ACCOUNT_BEHAVIOUR.name(), null, timestamp, id,
                        behaviour.serialize(Topics.ACCOUNT_BEHAVIOUR.name(), account)));
                boolean risky = id % 2 == 0;
                AccountScore score = AccountScore.newBuilder().setAccountId(id).setAsOfDate(account.getAsOfDate())
                        .setDefaultProbability(null).setActiveRuleFlags(risky ? 2 : 0)
                        .setRiskScore(risky ? 0.7 : 0.05).setValueScore(risky ? 0.8 : 0.1).setModelVersion(null)
                        .build();
                producer.send(new ProducerRecord<>(Topics.ACCOUNT_SCORES.name(), null, timestamp, id,
                        scores.serialize(Topics.ACCOUNT_SCORES.name(), score)));
            }
        }
    }

    /** Waits until both instances hold accounts and together all of them; gives the first instance's share. */
    private static long awaitSplit(int total) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        long onFirst = -1;
        long onSecond = -1;
        while (Instant.now().isBefore(deadline)) {
            onFirst = count(first);
            onSecond = count(second);
            if (onFirst > 0 && onSecond > 0 && onFirst + onSecond == total) {
                return onFirst;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("after " + PATIENCE + " the instances hold " + onFirst + " and " + onSecond
                + " of " + total + " accounts");
    }

    /** -1 while the instance's stores cannot be read (rebalancing). */
    private static long count(ServiceProcess instance) throws Exception {
        HttpResponse<String> response = instance.get("/instance/accounts/count");
        return response.statusCode() == 200 ? Long.parseLong(response.body().trim()) : -1;
    }

    private static HttpResponse<String> post(ServiceProcess instance, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + instance.port() + path))
                .timeout(PATIENCE).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode awaitJson(ServiceProcess instance, String path, Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = instance.get(path);
            if (last.statusCode() == 200 && done.test(JSON.readTree(last.body()))) {
                return JSON.readTree(last.body());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " on port " + instance.port() + " not as expected within " + PATIENCE
                + "; last: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
