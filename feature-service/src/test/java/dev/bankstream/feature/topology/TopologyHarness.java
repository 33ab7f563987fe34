package dev.bankstream.feature.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import dev.bankstream.contract.Topics;
import dev.bankstream.feature.Fixtures;
import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopologyTestConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The real topology in a {@link TopologyTestDriver}, with real Avro serdes against the test platform's registry.
 * Records are piped with their business timestamps (midnight UTC of {@link Fixtures#day}).
 */
final class TopologyHarness implements AutoCloseable {

    private static final long BYSTANDER = 999_999;
    private static FeatureSerdes serdes;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final TopologyTestDriver driver;
    final TestInputTopic<Integer, District> districts;
    final TestInputTopic<Long, Client> clients;
    final TestInputTopic<Long, Transaction> transactions;
    final TestInputTopic<Long, AccountEvent> accountEvents;
    final TestInputTopic<byte[], byte[]> rawTransactions;
    final TestInputTopic<byte[], byte[]> rawDistricts;
    final TestOutputTopic<Long, AccountBehaviour> behaviour;
    final TestOutputTopic<Long, LoanSnapshot> loanSnapshots;
    final TestOutputTopic<byte[], DeadLetter> deadLetters;

    /** How long an input that fell behind is waited for; tests move the driver's wall clock past it explicitly. */
    static final Duration INPUT_WAIT = Duration.ofSeconds(5);

    TopologyHarness(int graceDays) {
        this(graceDays, serdes());
    }

    TopologyHarness(int graceDays, FeatureSerdes serdes) {
        driver = new TopologyTestDriver(
                new FeatureTopology(serdes, new FeatureSettings(graceDays, INPUT_WAIT), new FeatureMetrics(meters)).build(),
                TopologyTestConfig.of("feature-service-test"));
        districts = driver.createInputTopic(Topics.DISTRICTS.name(), new IntegerSerializer(), serdes.districts().serializer());
        clients = driver.createInputTopic(Topics.CLIENTS.name(), new LongSerializer(), serdes.clients().serializer());
        transactions = driver.createInputTopic(Topics.TRANSACTIONS.name(), new LongSerializer(), serdes.transactions().serializer());
        accountEvents = driver.createInputTopic(Topics.ACCOUNT_EVENTS.name(), new LongSerializer(), serdes.accountEvents().serializer());
        rawTransactions = driver.createInputTopic(Topics.TRANSACTIONS.name(), new ByteArraySerializer(), new ByteArraySerializer());
        rawDistricts = driver.createInputTopic(Topics.DISTRICTS.name(), new ByteArraySerializer(), new ByteArraySerializer());
        behaviour = driver.createOutputTopic(Topics.ACCOUNT_BEHAVIOUR.name(), new LongDeserializer(), serdes.accountBehaviour().deserializer());
        loanSnapshots = driver.createOutputTopic(Topics.LOAN_SNAPSHOTS.name(), new LongDeserializer(), serdes.loanSnapshots().deserializer());
        deadLetters = driver.createOutputTopic(Topics.FEATURE_DEAD_LETTERS.name(), new ByteArrayDeserializer(), serdes.deadLetters().deserializer());
    }

    static synchronized FeatureSerdes serdes() {
        if (serdes == null) {
            serdes = FeatureSerdes.forRegistry(TestPlatform.get().registryUrl());
        }
        return serdes;
    }

    void send(Transaction transaction) {
        transactions.pipeInput(transaction.getAccountId(), transaction, midnight(transaction.getBookingDate()));
    }

    void send(AccountEvent event) {
        accountEvents.pipeInput(event.getAccountId(), event, midnight(event.getEventDate()));
    }

    /** Moves event time to the day on both inputs, with records for an account nobody asks about. */
    void advanceTo(int day) {
        send(Fixtures.opened(BYSTANDER, day, 1));
        send(Fixtures.credit(BYSTANDER, day, TransactionKind.CASH_DEPOSIT, "1", "1"));
    }

    /** Drains the behaviour topic and keeps the account's snapshots, in emission order. */
    List<TestRecord<Long, AccountBehaviour>> emittedFor(long account) {
        return behaviour.readRecordsToList().stream().filter(record -> record.key() == account).toList();
    }

    /** Every account as committed (the driver commits after each record), as interactive queries see them. */
    ReadOnlyKeyValueStore<Long, AccountState> accounts() {
        return (AccountStore) driver.getAllStateStores().get(FeatureTopology.ACCOUNT_STORE);
    }

    double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant midnight(int day) {
        return midnight(Fixtures.day(day));
    }

    @Override
    public void close() {
        driver.close();
    }
}
