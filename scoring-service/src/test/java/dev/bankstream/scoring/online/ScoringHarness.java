package dev.bankstream.scoring.online;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.BytesDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.rules.RuleBook;
import dev.bankstream.scoring.value.ScoreChanges;
import dev.bankstream.scoring.value.ValueScorer;
import dev.bankstream.scoring.value.ValueSettings;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopologyTestConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The real scoring topology in a {@link TopologyTestDriver}, with real Avro serdes against the test platform's
 * registry. Snapshots are piped with their business timestamps (midnight UTC of their as-of date).
 */
final class ScoringHarness implements AutoCloseable {

    /** The shipped default of bankstream.scoring.scores.min-change. */
    static final double MIN_SCORE_CHANGE = 0.01;

    private static final String APPLICATION_ID = "scoring-service-test";

    private static ScoringSerdes serdes;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ScoringMetrics metrics = new ScoringMetrics(meters);
    final ActiveModels models = new ActiveModels(metrics, Clock.systemUTC(), Optional.empty());
    final TopologyTestDriver driver;
    final TestInputTopic<Long, AccountBehaviour> behaviour;
    final TestInputTopic<byte[], byte[]> rawBehaviour;
    final TestInputTopic<String, PublishedModel> published;
    final TestInputTopic<byte[], byte[]> rawPublished;
    final TestOutputTopic<Long, RiskFlag> flags;
    final TestOutputTopic<Long, AccountScore> scores;
    final TestOutputTopic<byte[], DeadLetter> deadLetters;

    ScoringHarness() {
        this(RuleBook.defaults());
    }

    ScoringHarness(RuleBook rules) {
        this(rules, DecisionStores.IN_MEMORY);
    }

    ScoringHarness(DecisionStores stores) {
        this(RuleBook.defaults(), stores);
    }

    ScoringHarness(RuleBook rules, DecisionStores stores) {
        ScoringSerdes serdes = serdes();
        driver = new TopologyTestDriver(new ScoringTopology(serdes, rules, models,
                new ValueScorer(ValueSettings.defaults()), new ScoreChanges(MIN_SCORE_CHANGE), metrics,
                Clock.systemUTC(), stores).build(), TopologyTestConfig.of(APPLICATION_ID));
        behaviour = driver.createInputTopic(Topics.ACCOUNT_BEHAVIOUR.name(), new LongSerializer(),
                serdes.accountBehaviour().serializer());
        rawBehaviour = driver.createInputTopic(Topics.ACCOUNT_BEHAVIOUR.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        published = driver.createInputTopic(Topics.MODELS.name(), new StringSerializer(), serdes.models().serializer());
        rawPublished = driver.createInputTopic(Topics.MODELS.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        flags = driver.createOutputTopic(Topics.RISK_FLAGS.name(), new LongDeserializer(),
                serdes.riskFlags().deserializer());
        scores = driver.createOutputTopic(Topics.ACCOUNT_SCORES.name(), new LongDeserializer(),
                serdes.accountScores().deserializer());
        deadLetters = driver.createOutputTopic(Topics.SCORING_DEAD_LETTERS.name(), new ByteArrayDeserializer(),
                serdes.deadLetters().deserializer());
    }

    static synchronized ScoringSerdes serdes() {
        if (serdes == null) {
            serdes = ScoringSerdes.forRegistry(TestPlatform.get().registryUrl());
        }
        return serdes;
    }

    void send(AccountBehaviour snapshot) {
        behaviour.pipeInput(snapshot.getAccountId(), snapshot, midnight(snapshot.getAsOfDate()));
    }

    void publish(PublishedModel model) {
        published.pipeInput(model.getName(), model);
    }

    /** Drains the flags topic and keeps the account's flags of one kind, in emission order. */
    List<RiskFlag> flagsFor(long account, String kind) {
        return flags.readValuesToList().stream()
                .filter(flag -> flag.getAccountId() == account && flag.getKind().equals(kind))
                .toList();
    }

    /** Everything the topology wrote to a store's changelog so far, in order; a null value deletes. */
    List<KeyValue<Bytes, byte[]>> changelog(String store) {
        return driver.createOutputTopic(APPLICATION_ID + "-" + store + "-changelog", new BytesDeserializer(),
                new ByteArrayDeserializer()).readKeyValuesToList();
    }

    /** Fills a store as a restore from a changelog holding {@code records} would. */
    void restore(String store, List<KeyValue<Bytes, byte[]>> records) {
        KeyValueStore<Bytes, byte[]> target = driver.getKeyValueStore(store);
        records.forEach(record -> target.put(record.key, record.value));
    }

    double counter(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public void close() {
        driver.close();
    }
}
