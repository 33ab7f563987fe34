package dev.bankstream.segment.topology;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.ProductOffer;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.segment.change.DwellPolicy;
import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.ModelPublication;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.TrainingSettings;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.recommend.HoldingsMatrix;
import dev.bankstream.segment.recommend.RecommenderPublication;
import dev.bankstream.testsupport.TestPlatform;
import dev.bankstream.testsupport.TopologyTestConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The real topology in a {@link TopologyTestDriver}, with real Avro serdes against the test platform's registry.
 * Snapshots are piped with their business timestamps; models are published by piping them to the models topic.
 */
final class SegmentHarness implements AutoCloseable {

    static final DwellPolicy DWELL = new DwellPolicy(3, 14);
    static final Duration MODEL_CHECK = Duration.ofSeconds(1);
    static final QuadrantThresholds QUADRANTS = new QuadrantThresholds(0.25, 0.5);

    private static SegmentSerdes serdes;
    private static TrainedModels trained;

    /** Models trained once per test JVM on {@link Customers#population}: a first generation and its retrain. */
    record TrainedModels(List<PublishedModel> first, List<PublishedModel> retrained, PublishedModel recommender,
            SegmentationModel behavioural) {
    }

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final CurrentModels models;
    final TopologyTestDriver driver;
    final TestInputTopic<Long, AccountBehaviour> behaviour;
    final TestInputTopic<byte[], byte[]> rawBehaviour;
    final TestInputTopic<Long, AccountScore> scores;
    final TestInputTopic<byte[], byte[]> rawScores;
    final TestInputTopic<String, PublishedModel> modelTopic;
    final TestInputTopic<String, byte[]> rawModelTopic;
    final TestOutputTopic<Long, SegmentChange> changes;
    final TestOutputTopic<Long, AccountSegments> assignments;
    final TestOutputTopic<Long, ProductOffer> offers;
    final TestOutputTopic<byte[], DeadLetter> deadLetters;

    SegmentHarness() {
        SegmentSerdes serdes = serdes();
        SegmentMetrics metrics = new SegmentMetrics(meters);
        models = new CurrentModels(metrics);
        driver = new TopologyTestDriver(new SegmentTopology(serdes, models,
                new SegmentSettings(DWELL, 3, MODEL_CHECK, QUADRANTS), metrics).build(),
                TopologyTestConfig.of("segment-service-test"));
        behaviour = driver.createInputTopic(Topics.ACCOUNT_BEHAVIOUR.name(), new LongSerializer(),
                serdes.accountBehaviour().serializer());
        rawBehaviour = driver.createInputTopic(Topics.ACCOUNT_BEHAVIOUR.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        scores = driver.createInputTopic(Topics.ACCOUNT_SCORES.name(), new LongSerializer(),
                serdes.scores().serializer());
        rawScores = driver.createInputTopic(Topics.ACCOUNT_SCORES.name(), new ByteArraySerializer(),
                new ByteArraySerializer());
        modelTopic = driver.createInputTopic(Topics.MODELS.name(), new StringSerializer(), serdes.models().serializer());
        rawModelTopic = driver.createInputTopic(Topics.MODELS.name(), new StringSerializer(), new ByteArraySerializer());
        changes = driver.createOutputTopic(Topics.SEGMENT_CHANGES.name(), new LongDeserializer(),
                serdes.changes().deserializer());
        assignments = driver.createOutputTopic(Topics.SEGMENT_ASSIGNMENTS.name(), new LongDeserializer(),
                serdes.assignments().deserializer());
        offers = driver.createOutputTopic(Topics.OFFERS.name(), new LongDeserializer(), serdes.offers().deserializer());
        deadLetters = driver.createOutputTopic(Topics.SEGMENT_DEAD_LETTERS.name(), new ByteArrayDeserializer(),
                serdes.deadLetters().deserializer());
    }

    static synchronized SegmentSerdes serdes() {
        if (serdes == null) {
            serdes = SegmentSerdes.forRegistry(TestPlatform.get().registryUrl());
        }
        return serdes;
    }

    static synchronized TrainedModels trained() {
        if (trained == null) {
            SegmentationTrainer trainer = new SegmentationTrainer(TrainingSettings.defaults());
            List<AccountBehaviour> population = Customers.population(40, 1L, 900_000);
            List<AccountBehaviour> later = Customers.population(40, 2L, 900_000);
            Instant now = Instant.parse("2024-01-01T00:00:00Z");
            List<PublishedModel> first = new ArrayList<>();
            List<PublishedModel> retrained = new ArrayList<>();
            SegmentationModel behavioural = null;
            for (Segmentation segmentation : Segmentation.values()) {
                SegmentationModel model = trainer.train(segmentation,
                        FeatureMatrix.extract(segmentation.featureSet(), population).matrix(), null).model();
                SegmentationModel next = trainer.train(segmentation,
                        FeatureMatrix.extract(segmentation.featureSet(), later).matrix(), model).model();
                first.add(ModelPublication.publish(model, "test customers", now));
                retrained.add(ModelPublication.publish(next, "test customers, later", now));
                if (segmentation == Segmentation.BEHAVIOURAL) {
                    behavioural = model;
                }
            }
            trained = new TrainedModels(List.copyOf(first), List.copyOf(retrained),
                    RecommenderPublication.publish(HoldingsMatrix.fromSnapshots(population), "test customers", now),
                    behavioural);
        }
        return trained;
    }

    /** Both segmentations and the recommender of the first generation, as if just published. */
    SegmentHarness withModels() {
        trained().first().forEach(this::publish);
        publish(trained().recommender());
        return this;
    }

    void publish(PublishedModel model) {
        modelTopic.pipeInput(model.getName(), model);
    }

    void send(AccountScore score) {
        scores.pipeInput(score.getAccountId(), score, midnight(score.getAsOfDate()));
    }

    void send(AccountBehaviour snapshot) {
        behaviour.pipeInput(snapshot.getAccountId(), snapshot, midnight(snapshot.getAsOfDate()));
    }

    /** Lets the wall-clock model check run, as it does every second in the service. */
    void letModelCheckRun() {
        driver.advanceWallClockTime(MODEL_CHECK);
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
