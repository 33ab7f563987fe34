package dev.bankstream.scoring.online;

import java.time.Clock;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.bankstream.contract.Topics;
import dev.bankstream.scoring.rules.RuleBook;
import dev.bankstream.scoring.value.ScoreChanges;
import dev.bankstream.scoring.value.ValueScorer;

/**
 * The scoring-service's topology, top to bottom:
 * <ol>
 * <li>the {@code models} topic feeds a global store on every instance; {@link ModelFeed} puts the latest published
 * loan-default model that loads into service ({@link ActiveModels}) and refuses the others;</li>
 * <li>behaviour snapshots are read as bytes; {@link BehaviourScoring} evaluates every rule for every account and the
 * model in service for borrowers, keeps the flag state per account and kind in a changelogged store, and emits
 * {@code risk.flags}; it also crosses the account's risk with its value and, when either moved, writes the
 * account's current {@code risk.scores} (last published per account in a second changelogged store). Both stores
 * ({@link DecisionStores}: on the heap or in RocksDB) keep versions in event time ({@link EventTimeState}), which
 * makes at-least-once processing lose no flag; undecodable, invalid and (for the model) incomplete snapshots go to
 * {@code scoring.dead-letters} with the reason.</li>
 * </ol>
 */
public final class ScoringTopology {

    public static final String FLAG_STATE_STORE = "flag-state";
    public static final String MODELS_STORE = "models";
    public static final String SCORE_STATE_STORE = "score-state";

    static final String MODELS_SOURCE = "models-source";
    static final String MODEL_FEED = "model-feed";
    static final String BEHAVIOUR_SOURCE = "account-behaviour-source";
    static final String SCORING = "behaviour-scoring";
    static final String RISK_FLAGS_SINK = "risk-flags-sink";
    static final String RISK_SCORES_SINK = "risk-scores-sink";
    static final String DEAD_LETTER_SINK = "dead-letters-sink";

    private final ScoringSerdes serdes;
    private final RuleBook rules;
    private final ActiveModels models;
    private final ValueScorer valueScorer;
    private final ScoreChanges scoreChanges;
    private final ScoringMetrics metrics;
    private final Clock clock;
    private final DecisionStores stores;

    public ScoringTopology(ScoringSerdes serdes, RuleBook rules, ActiveModels models, ValueScorer valueScorer,
            ScoreChanges scoreChanges, ScoringMetrics metrics, Clock clock, DecisionStores stores) {
        this.serdes = serdes;
        this.rules = rules;
        this.models = models;
        this.valueScorer = valueScorer;
        this.scoreChanges = scoreChanges;
        this.metrics = metrics;
        this.clock = clock;
        this.stores = stores;
    }

    public Topology build() {
        Topology topology = new Topology();

        // In memory, without changelog: every start re-reads the compacted models topic through the feed.
        topology.addGlobalStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(MODELS_STORE),
                        Serdes.String(), Serdes.ByteArray()).withLoggingDisabled(),
                MODELS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.MODELS.name(),
                MODEL_FEED, () -> new ModelFeed(serdes.models().deserializer(), models));

        topology.addSource(BEHAVIOUR_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.ACCOUNT_BEHAVIOUR.name());
        topology.addProcessor(SCORING,
                () -> new BehaviourScoring(serdes.accountBehaviour().deserializer(), rules, models, valueScorer,
                        scoreChanges, metrics, clock),
                BEHAVIOUR_SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(stores.supplier(FLAG_STATE_STORE), Serdes.Bytes(),
                Serdes.ByteArray()), SCORING);
        topology.addStateStore(Stores.keyValueStoreBuilder(stores.supplier(SCORE_STATE_STORE), Serdes.Bytes(),
                Serdes.ByteArray()), SCORING);

        topology.addSink(RISK_FLAGS_SINK, Topics.RISK_FLAGS.name(), new LongSerializer(),
                serdes.riskFlags().serializer(), SCORING);
        topology.addSink(RISK_SCORES_SINK, Topics.ACCOUNT_SCORES.name(), new LongSerializer(),
                serdes.accountScores().serializer(), SCORING);
        topology.addSink(DEAD_LETTER_SINK, Topics.SCORING_DEAD_LETTERS.name(), new ByteArraySerializer(),
                serdes.deadLetters().serializer(), SCORING);
        return topology;
    }
}
