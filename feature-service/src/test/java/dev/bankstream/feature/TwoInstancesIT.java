package dev.bankstream.feature;

import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.LongStream;

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
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.testsupport.TestPlatform;

/** Two instances of the packaged service split the account partitions, and each answers for every account. */
class TwoInstancesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<Long> ACCOUNTS = LongStream.rangeClosed(1, 12).boxed().toList();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        TestPlatform platform = TestPlatform.get();
        String applicationId = "feature-service-it-" + System.nanoTime();
        first = instance("instance-1", applicationId, platform);
        second = instance("instance-2", applicationId, platform);
        first.awaitReady(PATIENCE);
        second.awaitReady(PATIENCE);
    }

    private static ServiceProcess instance(String name, String applicationId, TestPlatform platform) throws Exception {
        return ServiceProcess.of(name, Path.of(System.getProperty("bankstream.feature.app")))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", applicationId)
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
    void eachInstanceAnswersForEveryAccountWhicheverOwnsIt() throws Exception {
        // Given twelve accounts, spread over the six partitions, each with one deposit of id x 100
        String registry = TestPlatform.get().registryUrl();
        Serializer<AccountEvent> events = AvroSerdes.valueSerde(Topics.ACCOUNT_EVENTS, registry).serializer();
        Serializer<Transaction> transactions = AvroSerdes.valueSerde(Topics.TRANSACTIONS, registry).serializer();
        long day0 = Fixtures.day(0).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        try (KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.get().bootstrapServers()),
                new LongSerializer(), new ByteArraySerializer())) {
            for (long account : ACCOUNTS) {
                producer.send(new ProducerRecord<>(Topics.ACCOUNT_EVENTS.name(), null, day0, account,
                        events.serialize(Topics.ACCOUNT_EVENTS.name(), opened(account, 0, 1))));
                producer.send(new ProducerRecord<>(Topics.TRANSACTIONS.name(), null, day0, account,
                        transactions.serialize(Topics.TRANSACTIONS.name(),
                                credit(account, 0, TransactionKind.CASH_DEPOSIT, Long.toString(account * 100), Long.toString(account * 100)))));
            }
        }

        // Then both instances answer for every account, with the owner's state
        for (ServiceProcess instance : List.of(first, second)) {
            for (long account : ACCOUNTS) {
                JsonNode behaviour = awaitJson(instance, "/accounts/" + account + "/behaviour",
                        json -> json.get("transactionCount").asLong() == 1);
                assertThat(behaviour.get("accountId").asLong()).isEqualTo(account);
                assertThat(behaviour.get("balance").asDouble()).isEqualTo(account * 100.0);
            }
        }
        // And each holds only part of the accounts, while the listing on either shows them all
        long onFirst = json(first.get("/accounts?scope=instance&limit=100")).get("total").asLong();
        long onSecond = json(second.get("/accounts?scope=instance&limit=100")).get("total").asLong();
        assertThat(onFirst).isPositive().isLessThan(ACCOUNTS.size());
        assertThat(onFirst + onSecond).isEqualTo(ACCOUNTS.size());
        JsonNode page = json(second.get("/accounts?offset=2&limit=3"));
        assertThat(page.get("total").asLong()).isEqualTo(ACCOUNTS.size());
        assertThat(page.get("accounts").findValuesAsText("accountId")).containsExactly("3", "4", "5");
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
