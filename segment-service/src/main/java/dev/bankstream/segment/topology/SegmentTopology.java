package dev.bankstream.segment.topology;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.bankstream.contract.Topics;
import dev.bankstream.segment.model.Segmentation;

/**
 * The segment service's topology, top to bottom:
 * <ol>
 * <li>the models topic is read into a global store on every instance; each record goes through
 * {@link CurrentModels}, which swaps a valid model into service and refuses a bad one;</li>
 * <li>behaviour snapshots are read as bytes and pass one admission step that routes undecodable and invalid records
 * to the dead-letter topic;</li>
 * <li>the {@link SegmentAssigner} keeps each account's latest snapshot and its dwell state per segmentation, and
 * emits segment changes and the current assignments;</li>
 * <li>the {@link OfferMaker} keeps each account's holdings and emits offers when they change;</li>
 * <li>risk and value scores are read as bytes too; the {@link QuadrantPlacer} keeps each account's latest score and
 * re-emits its assignments when its risk × value quadrant changes.</li>
 * </ol>
 * The per-account stores are RocksDB with changelogs; their keys are the account id (dwell: account id and
 * segmentation), so every account lives in the task of its input partition. The assigner and the quadrant placer
 * share the dwell and score stores, which puts risk.scores and features.account-behaviour in one sub-topology: Kafka
 * Streams then requires them co-partitioned (same partition count, both keyed by account id, as the contract has
 * them) and gives one task each account's snapshots and scores.
 */
public final class SegmentTopology {

    public static final String MODELS_STORE = "models";
    public static final String LATEST_BEHAVIOUR_STORE = "latest-behaviour";
    public static final String DWELL_STORE = "segment-dwell";
    public static final String HOLDINGS_STORE = "product-holdings";
    public static final String LATEST_SCORES_STORE = "latest-scores";

    static final String MODELS_SOURCE = "models-source";
    static final String MODEL_LOADER = "model-loader";
    static final String BEHAVIOUR_SOURCE = "account-behaviour-source";
    static final String ADMISSION = "snapshot-admission";
    static final String ASSIGNER = "segment-assigner";
    static final String OFFER_MAKER = "offer-maker";
    static final String SCORES_SOURCE = "risk-scores-source";
    static final String QUADRANT_PLACER = "quadrant-placer";
    static final String CHANGES_SINK = "segment-changes-sink";
    static final String ASSIGNMENTS_SINK = "segment-assignments-sink";
    static final String OFFERS_SINK = "offers-sink";
    static final String DEAD_LETTER_SINK = "dead-letters-sink";

    private final SegmentSerdes serdes;
    private final CurrentModels models;
    private final SegmentSettings settings;
    private final SegmentMetrics metrics;

    public SegmentTopology(SegmentSerdes serdes, CurrentModels models, SegmentSettings settings,
            SegmentMetrics metrics) {
        this.serdes = serdes;
        this.models = models;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Dwell states are kept per account and segmentation, e.g. "4711/behavioural". */
    public static String dwellKey(long accountId, Segmentation segmentation) {
        return accountId + "/" + segmentation.id();
    }

    public Topology build() {
        Topology topology = new Topology();

        // A global store restores from its source topic, so it keeps no changelog of its own.
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MODELS_STORE),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                MODELS_SOURCE, new StringDeserializer(), new ByteArrayDeserializer(), Topics.MODELS.name(),
                MODEL_LOADER, () -> new ModelLoader(serdes, models, metrics));

        topology.addSource(BEHAVIOUR_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.ACCOUNT_BEHAVIOUR.name());
        topology.addProcessor(ADMISSION, () -> new SnapshotAdmission(serdes, metrics), BEHAVIOUR_SOURCE);

        topology.addSource(SCORES_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.ACCOUNT_SCORES.name());

        topology.addProcessor(ASSIGNER, () -> new SegmentAssigner(serdes, models, settings, metrics), ADMISSION);
        topology.addProcessor(QUADRANT_PLACER, () -> new QuadrantPlacer(serdes, settings.quadrants(), metrics),
                SCORES_SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_BEHAVIOUR_STORE),
                Serdes.Long(), Serdes.ByteArray()), ASSIGNER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DWELL_STORE),
                Serdes.String(), Serdes.ByteArray()), ASSIGNER, QUADRANT_PLACER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LATEST_SCORES_STORE),
                Serdes.Long(), Serdes.ByteArray()), QUADRANT_PLACER, ASSIGNER);

        topology.addProcessor(OFFER_MAKER, () -> new OfferMaker(models, settings, metrics), ADMISSION);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HOLDINGS_STORE),
                Serdes.Long(), Serdes.ByteArray()), OFFER_MAKER);

        topology.addSink(CHANGES_SINK, Topics.SEGMENT_CHANGES.name(), new LongSerializer(),
                serdes.changes().serializer(), ASSIGNER);
        topology.addSink(ASSIGNMENTS_SINK, Topics.SEGMENT_ASSIGNMENTS.name(), new LongSerializer(),
                serdes.assignments().serializer(), ASSIGNER, QUADRANT_PLACER);
        topology.addSink(OFFERS_SINK, Topics.OFFERS.name(), new LongSerializer(), serdes.offers().serializer(),
                OFFER_MAKER);
        topology.addSink(DEAD_LETTER_SINK, Topics.SEGMENT_DEAD_LETTERS.name(), new ByteArraySerializer(),
                serdes.deadLetters().serializer(), ADMISSION, ASSIGNER, QUADRANT_PLACER);
        return topology;
    }
}
