package dev.bankstream.feature.topology;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

import dev.bankstream.contract.Topics;
import dev.bankstream.feature.behaviour.ClientProfile;
import dev.bankstream.feature.behaviour.DistrictProfile;

/**
 * The feature service's topology, top to bottom:
 * <ol>
 * <li>districts and clients are loaded into global stores, complete on every instance;</li>
 * <li>transactions and account events, co-partitioned by account id, are read as bytes and pass one admission step
 * that routes undecodable, invalid and late records to the dead-letter topic and declares days final as event time
 * moves on in both ({@link InputClock});</li>
 * <li>one processor keeps each account's state in a changelogged RocksDB store, decoded in front of it ({@link
 * AccountStore}), and, as stream time passes, emits behaviour snapshots (keyed by account) and loan snapshots (keyed
 * by loan) - see {@link AccountBehaviourProcessor} for the emission rule.</li>
 * </ol>
 */
public final class FeatureTopology {

    public static final String ACCOUNT_STORE = "account-state";
    public static final String CLOCK_STORE = "input-clock";
    public static final String DISTRICTS_STORE = "districts";
    public static final String CLIENTS_STORE = "clients";
    /**
     * Decoded account states held per task ({@link AccountStore}). An account with a year of daily activity takes
     * 12-17 KB on the heap with its rolling windows (JDK 25 with compact object headers, JDK 17): six tasks of 1,024
     * accounts stay near 100 MB of the launcher's 160 MB old generation, and a data set the size of Berka's (4,500
     * accounts) is held whole.
     */
    static final int CACHED_ACCOUNTS_PER_TASK = 1024;

    static final String DISTRICTS_SOURCE = "districts-source";
    static final String DISTRICTS_LOADER = "districts-loader";
    static final String CLIENTS_SOURCE = "clients-source";
    static final String CLIENTS_LOADER = "clients-loader";
    static final String TRANSACTIONS_SOURCE = "transactions-source";
    static final String ACCOUNT_EVENTS_SOURCE = "account-events-source";
    static final String ADMISSION = "input-admission";
    static final String ACCOUNT_PROCESSOR = "account-behaviour";
    static final String BEHAVIOUR_SINK = "account-behaviour-sink";
    static final String LOAN_SNAPSHOT_SINK = "loan-snapshots-sink";
    static final String DEAD_LETTER_SINK = "dead-letters-sink";

    private final FeatureSerdes serdes;
    private final FeatureSettings settings;
    private final FeatureMetrics metrics;

    public FeatureTopology(FeatureSerdes serdes, FeatureSettings settings, FeatureMetrics metrics) {
        this.serdes = serdes;
        this.settings = settings;
        this.metrics = metrics;
    }

    public Topology build() {
        Topology topology = new Topology();
        AtomicLong referenceChanges = new AtomicLong();

        topology.addGlobalStore(globalStore(DISTRICTS_STORE, Serdes.Integer(), StateSerdes.districtProfile()),
                DISTRICTS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.DISTRICTS.name(),
                DISTRICTS_LOADER, () -> new ReferenceTableLoader<>(DISTRICTS_STORE, new IntegerDeserializer(),
                        serdes.districts().deserializer(), DistrictProfile::of, metrics, referenceChanges));
        topology.addGlobalStore(globalStore(CLIENTS_STORE, Serdes.Long(), StateSerdes.clientProfile()),
                CLIENTS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), Topics.CLIENTS.name(),
                CLIENTS_LOADER, () -> new ReferenceTableLoader<>(CLIENTS_STORE, new LongDeserializer(),
                        serdes.clients().deserializer(), ClientProfile::of, metrics, referenceChanges));

        topology.addSource(TRANSACTIONS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.TRANSACTIONS.name());
        topology.addSource(ACCOUNT_EVENTS_SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                Topics.ACCOUNT_EVENTS.name());
        topology.addProcessor(ADMISSION, () -> new InputAdmission(serdes, settings, metrics),
                TRANSACTIONS_SOURCE, ACCOUNT_EVENTS_SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLOCK_STORE),
                Serdes.String(), Serdes.Integer()).withCachingEnabled(), ADMISSION);

        topology.addProcessor(ACCOUNT_PROCESSOR, () -> new AccountBehaviourProcessor(metrics, referenceChanges), ADMISSION);
        // Not cached in bytes: the account store keeps decoded states and writes each changed one once per commit.
        topology.addStateStore(AccountStore.builder(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ACCOUNT_STORE), Serdes.Long(), StateSerdes.accountState()),
                CACHED_ACCOUNTS_PER_TASK), ACCOUNT_PROCESSOR);

        topology.addSink(BEHAVIOUR_SINK, Topics.ACCOUNT_BEHAVIOUR.name(), new LongSerializer(),
                serdes.accountBehaviour().serializer(), ACCOUNT_PROCESSOR);
        topology.addSink(LOAN_SNAPSHOT_SINK, Topics.LOAN_SNAPSHOTS.name(), new LongSerializer(),
                serdes.loanSnapshots().serializer(), ACCOUNT_PROCESSOR);
        topology.addSink(DEAD_LETTER_SINK, Topics.FEATURE_DEAD_LETTERS.name(), new ByteArraySerializer(),
                serdes.deadLetters().serializer(), ADMISSION);
        return topology;
    }

    /** Global stores restore from their source topic, so they keep no changelog of their own. */
    private static <K, V> StoreBuilder<KeyValueStore<K, V>> globalStore(String name,
            Serde<K> keys, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values).withLoggingDisabled();
    }
}
