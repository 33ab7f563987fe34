package dev.bankstream.feature;

import static dev.bankstream.feature.Fixtures.cardIssued;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.loanGranted;
import static dev.bankstream.feature.Fixtures.opened;
import static dev.bankstream.feature.Fixtures.standingOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
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
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopicContents;

/**
 * The packaged service reading while a replay publishes, as {@code ./bankstream demo} runs it: the service is up
 * and idle first, then two years of account events and transactions arrive the way the ingest replay writes them
 * (event-time order, account events before transactions within a day, in Kafka transactions spanning weeks of event
 * time). Each task then sees its transactions and account-events partitions fill at different moments; were event
 * time the task's stream time, it would run ahead on one and the other's records would be dead-lettered as late (with
 * {@code max.task.idle.ms} 0 or 5000 alike: this test failed with both before {@code bankstream.features.input-wait}).
 * Checked: no dead letter, and every account's figures and loan snapshot as computed here.
 */
class ConcurrentReplayIT {

    private static final int ACCOUNTS = 96;
    private static final int DAYS = 730;
    /** Events per Kafka transaction: a few weeks of event time, far more than the one day of grace. */
    private static final int EVENTS_PER_TRANSACTION = 5_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceProcess service;
    private static String applicationId;
    private static final Map<Long, Ledger> LEDGERS = new HashMap<>();

    /** What this test knows about an account: its balance, transactions and the days of its card and loan. */
    private static final class Ledger {
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        final List<Integer> transactionDays = new ArrayList<>();
        int cardDay;
        int loanDay;

        long transactionsBefore(int day) {
            return transactionDays.stream().filter(d -> d < day).count();
        }
    }

    @BeforeAll
    static void replayWhileTheServiceRuns() throws Exception {
        TestPlatform platform = TestPlatform.get();
        applicationId = "feature-service-concurrent-" + System.nanoTime();
        // Given the service running and idle: its partitions' idle clocks start long before the first record
        service = ServiceProcess.of("concurrent-replay", Path.of(System.getProperty("bankstream.feature.app")))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .env("QUARKUS_KAFKA_STREAMS_APPLICATION_ID", applicationId)
                .start(Path.of("target"));
        service.awaitReady(PATIENCE);
        // The service waits for the replay, as in the demo: long enough for Kafka Streams' idle clocks
        // (max.task.idle.ms, which start when a partition runs dry) to have run out
        Thread.sleep(8_000);

        // When a replay publishes two years of events in transactions while it reads
        publishLikeTheReplay(platform);
        awaitProcessed(platform.bootstrapServers());
    }

    @AfterAll
    static void stopTheService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void noRecordIsDeadLetteredAsLate() throws Exception {
        List<ConsumerRecord<byte[], DeadLetter>> deadLetters = read(Topics.FEATURE_DEAD_LETTERS.name(),
                new ByteArrayDeserializer(),
                AvroSerdes.valueSerde(Topics.FEATURE_DEAD_LETTERS, TestPlatform.get().registryUrl()).deserializer());

        // Then no record went to the dead-letter topic, and the service's counter says so too
        assertThat(deadLetters).map(record -> record.value().getReason()).isEmpty();
        String metrics = service.get("/q/metrics").body();
        assertThat(metrics).doesNotContain("bankstream_feature_dead_letters_total{");
        assertThat(metrics).contains("bankstream_feature_transactions_unopened_total 0.0");
    }

    @Test
    void everyAccountEndsWithItsBalanceAndTransactionCount() throws Exception {
        for (Map.Entry<Long, Ledger> account : LEDGERS.entrySet()) {
            HttpResponse<String> response = service.get("/accounts/" + account.getKey() + "/behaviour");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode behaviour = JSON.readTree(response.body());
            // Then each account has all its transactions and the balance after the last one
            assertThat(behaviour.get("transactionCount").asLong()).as("account %d", account.getKey())
                    .isEqualTo(account.getValue().transactionDays.size());
            assertThat(BigDecimal.valueOf(behaviour.get("balance").asDouble()).setScale(2))
                    .as("account %d", account.getKey()).isEqualTo(account.getValue().balance);
        }
    }

    @Test
    void everyLoanSnapshotHoldsExactlyWhatCameBeforeTheGrant() {
        List<ConsumerRecord<Long, LoanSnapshot>> snapshots = read(Topics.LOAN_SNAPSHOTS.name(), new LongDeserializer(),
                AvroSerdes.valueSerde(Topics.LOAN_SNAPSHOTS, TestPlatform.get().registryUrl()).deserializer());

        // Then every loan has one snapshot, as of its eve, with the transactions and cards dated before the grant
        assertThat(snapshots).hasSize(ACCOUNTS);
        for (ConsumerRecord<Long, LoanSnapshot> record : snapshots) {
            LoanSnapshot snapshot = record.value();
            Ledger ledger = LEDGERS.get(snapshot.getAccountId());
            LocalDate grant = Fixtures.day(ledger.loanDay);
            assertThat(snapshot.getGrantedOn()).isEqualTo(grant);
            assertThat(snapshot.getBehaviour().getAsOfDate()).isEqualTo(grant.minusDays(1));
            assertThat(snapshot.getBehaviour().getTransactionCount()).as("loan of account %d", snapshot.getAccountId())
                    .isEqualTo(ledger.transactionsBefore(ledger.loanDay));
            assertThat(snapshot.getBehaviour().getCards()).as("cards of account %d", snapshot.getAccountId())
                    .hasSize(ledger.cardDay < ledger.loanDay ? 1 : 0);
        }
    }

    /**
     * As ingest's replay publishes: a transactional, idempotent producer; timestamps are business dates; day by day,
     * account events first, then transactions; a commit every {@link #EVENTS_PER_TRANSACTION} events.
     */
    private static void publishLikeTheReplay(TestPlatform platform) {
        Serializer<AccountEvent> events = AvroSerdes.valueSerde(Topics.ACCOUNT_EVENTS, platform.registryUrl()).serializer();
        Serializer<Transaction> transactions = AvroSerdes.valueSerde(Topics.TRANSACTIONS, platform.registryUrl()).serializer();
        try (KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "concurrent-replay-" + applicationId,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new LongSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            int uncommitted = 0;
            for (int day = 0; day < DAYS; day++) {
                List<ProducerRecord<Long, byte[]>> today = new ArrayList<>();
                for (long account = 1; account <= ACCOUNTS; account++) {
                    for (AccountEvent event : accountEventsOf(account, day)) {
                        today.add(record(Topics.ACCOUNT_EVENTS.name(), account, day,
                                events.serialize(Topics.ACCOUNT_EVENTS.name(), event)));
                    }
                }
                for (long account = 1; account <= ACCOUNTS; account++) {
                    for (Transaction transaction : transactionsOf(account, day)) {
                        today.add(record(Topics.TRANSACTIONS.name(), account, day,
                                transactions.serialize(Topics.TRANSACTIONS.name(), transaction)));
                    }
                }
                for (ProducerRecord<Long, byte[]> record : today) {
                    producer.send(record);
                    if (++uncommitted == EVENTS_PER_TRANSACTION) {
                        producer.commitTransaction();
                        producer.beginTransaction();
                        uncommitted = 0;
                    }
                }
            }
            producer.commitTransaction();
        }
    }

    /** Opened in the first three weeks, a standing order every 30 days, a card and a loan later, at staggered days. */
    private static List<AccountEvent> accountEventsOf(long account, int day) {
        Ledger ledger = LEDGERS.computeIfAbsent(account, id -> new Ledger());
        int openedOn = (int) (account % 20);
        ledger.cardDay = 150 + (int) (account * 3);
        ledger.loanDay = 300 + (int) (account * 2);
        List<AccountEvent> events = new ArrayList<>();
        if (day == openedOn) {
            events.add(opened(account, day, 1));
        }
        if (day > openedOn && (day - openedOn) % 30 == 0) {
            events.add(standingOrder(account, day, OrderPurpose.HOUSEHOLD, "100"));
        }
        if (day == ledger.cardDay) {
            events.add(cardIssued(account, day, CardType.CLASSIC));
        }
        if (day == ledger.loanDay) {
            events.add(loanGranted(account, day, 10_000 + account, "60000", 24, "2500"));
        }
        return events;
    }

    /** From the day after opening: a deposit every day, a withdrawal every third day. */
    private static List<Transaction> transactionsOf(long account, int day) {
        Ledger ledger = LEDGERS.get(account);
        if (day <= account % 20) {
            return List.of();
        }
        List<Transaction> transactions = new ArrayList<>();
        BigDecimal deposit = BigDecimal.valueOf(account + day % 7 + 1).setScale(2);
        ledger.balance = ledger.balance.add(deposit);
        transactions.add(credit(account, day, TransactionKind.CASH_DEPOSIT, deposit.toPlainString(), ledger.balance.toPlainString()));
        ledger.transactionDays.add(day);
        if (day % 3 == 0) {
            BigDecimal withdrawal = BigDecimal.valueOf(day % 5 + 2).setScale(2);
            ledger.balance = ledger.balance.subtract(withdrawal);
            transactions.add(debit(account, day, TransactionKind.CASH_WITHDRAWAL, withdrawal.toPlainString(),
                    ledger.balance.toPlainString()));
            ledger.transactionDays.add(day);
        }
        return transactions;
    }

    private static ProducerRecord<Long, byte[]> record(String topic, long account, int day, byte[] value) {
        long timestamp = Fixtures.day(day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        return new ProducerRecord<>(topic, null, timestamp, account, value);
    }

    /** Under exactly-once, committed input offsets at the end offsets mean every output is committed too. */
    private static void awaitProcessed(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(Topics.TRANSACTIONS.name(), Topics.ACCOUNT_EVENTS.name()))
                    .allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            Map<TopicPartition, Long> end = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                        .partitionsToOffsetAndMetadata().get();
                if (end.entrySet().stream().allMatch(entry -> committed.containsKey(entry.getKey())
                        && committed.get(entry.getKey()).offset() >= entry.getValue())) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError(applicationId + " did not process its input within " + PATIENCE + "; see "
                    + service.log().toAbsolutePath());
        }
    }

    private static <K, V> List<ConsumerRecord<K, V>> read(String topic, Deserializer<K> keys, Deserializer<V> values) {
        return TopicContents.read(TestPlatform.get().bootstrapServers(), topic, keys, values, PATIENCE);
    }
}
