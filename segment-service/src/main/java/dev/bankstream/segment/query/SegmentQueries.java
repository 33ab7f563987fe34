package dev.bankstream.segment.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.topology.SegmentSerdes;
import dev.bankstream.segment.topology.SegmentTopology;

/**
 * Interactive queries over this instance's state stores. Accounts are partitioned across instances by id: with one
 * instance (the default deployment) these are all accounts; with several, each answers for its own partitions.
 */
@ApplicationScoped
public class SegmentQueries {

    private final KafkaStreams streams;
    private final SegmentSerdes serdes;

    SegmentQueries(KafkaStreams streams, SegmentSerdes serdes) {
        this.streams = streams;
        this.serdes = serdes;
    }

    /** The latest behaviour snapshot of every account this instance holds. */
    public List<AccountBehaviour> latestSnapshots() {
        List<AccountBehaviour> snapshots = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> all = latest().all()) {
            while (all.hasNext()) {
                snapshots.add(serdes.readSnapshot(all.next().value));
            }
        }
        return snapshots;
    }

    public long accountCount() {
        long count = 0;
        try (KeyValueIterator<Long, byte[]> all = latest().all()) {
            for (; all.hasNext(); all.next()) {
                count++;
            }
        }
        return count;
    }

    /** The account's state in each segmentation it has been placed in. */
    public Map<Segmentation, DwellState> segmentsOf(long accountId) {
        ReadOnlyKeyValueStore<String, byte[]> dwell = store(SegmentTopology.DWELL_STORE);
        Map<Segmentation, DwellState> states = new LinkedHashMap<>();
        for (Segmentation segmentation : Segmentation.values()) {
            byte[] stored = dwell.get(SegmentTopology.dwellKey(accountId, segmentation));
            if (stored != null) {
                states.put(segmentation, DwellState.fromBytes(stored));
            }
        }
        return states;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    private ReadOnlyKeyValueStore<Long, byte[]> latest() {
        return store(SegmentTopology.LATEST_BEHAVIOUR_STORE);
    }

    private <K> ReadOnlyKeyValueStore<K, byte[]> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }
}
