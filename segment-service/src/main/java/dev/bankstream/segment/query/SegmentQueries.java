package dev.bankstream.segment.query;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.quadrant.QuadrantMap;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.topology.AccountScores;
import dev.bankstream.segment.topology.SegmentSerdes;
import dev.bankstream.segment.topology.SegmentTopology;

/**
 * Interactive queries over the state stores. Accounts are partitioned across instances by id: the local methods
 * answer for this instance's partitions, the others for every account, asking the other instances for their part
 * ({@link InstanceResource}).
 */
@ApplicationScoped
public class SegmentQueries {

    private final KafkaStreams streams;
    private final SegmentSerdes serdes;
    private final QuadrantThresholds thresholds;
    private final Cluster cluster;
    private final ObjectMapper json;

    SegmentQueries(KafkaStreams streams, SegmentSerdes serdes, QuadrantThresholds thresholds, Cluster cluster,
            ObjectMapper json) {
        this.json = json;
        this.streams = streams;
        this.serdes = serdes;
        this.thresholds = thresholds;
        this.cluster = cluster;
    }

    /** The latest behaviour snapshot of every account, from every instance. */
    public List<AccountBehaviour> allSnapshots() {
        List<AccountBehaviour> snapshots = new ArrayList<>();
        for (byte[] raw : localRawSnapshots()) {
            snapshots.add(serdes.readSnapshot(raw));
        }
        for (HostInfo other : cluster.others()) {
            for (byte[] raw : decodeBatch(fetch(other, InstanceResource.SNAPSHOTS))) {
                snapshots.add(serdes.readSnapshot(raw));
            }
        }
        return snapshots;
    }

    /** How many accounts have behaviour, on every instance. */
    public long accountCount() {
        long count = localAccountCount();
        for (HostInfo other : cluster.others()) {
            count += Long.parseLong(new String(fetch(other, InstanceResource.ACCOUNT_COUNT), StandardCharsets.UTF_8)
                    .trim());
        }
        return count;
    }

    /** The risk × value view of every account with a score, from every instance. */
    public QuadrantMap quadrants(int sampleSize) {
        QuadrantMap.Builder merged = new QuadrantMap.Builder(thresholds, sampleSize).merge(localQuadrants(sampleSize));
        for (HostInfo other : cluster.others()) {
            byte[] part = fetch(other, "/quadrants?scope=" + Cluster.INSTANCE_SCOPE + "&sample=" + sampleSize);
            try {
                merged.merge(json.readValue(part, QuadrantMap.class));
            } catch (IOException e) {
                throw new InstanceUnreachableException("instance " + other + " gave a quadrant view that cannot be read", e);
            }
        }
        return merged.build();
    }

    /** This instance's stored snapshots as they arrived, length-prefixed one after the other. */
    byte[] localSnapshotBatch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes);
                KeyValueIterator<Long, byte[]> all = latest().all()) {
            while (all.hasNext()) {
                byte[] raw = all.next().value;
                out.writeInt(raw.length);
                out.write(raw);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    long localAccountCount() {
        long count = 0;
        try (KeyValueIterator<Long, byte[]> all = latest().all()) {
            for (; all.hasNext(); all.next()) {
                count++;
            }
        }
        return count;
    }

    QuadrantMap localQuadrants(int sampleSize) {
        QuadrantMap.Builder builder = new QuadrantMap.Builder(thresholds, sampleSize);
        try (KeyValueIterator<Long, byte[]> all = scoresStore().all()) {
            while (all.hasNext()) {
                builder.add(AccountScores.point(serdes.readScore(all.next().value), thresholds));
            }
        }
        return builder.build();
    }

    /** The account's state in each segmentation it has been placed in, from this instance. */
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

    /** The account's latest score and quadrant, from this instance. */
    public AccountScores scores() {
        return new AccountScores(scoresStore(), serdes, thresholds);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    private List<byte[]> localRawSnapshots() {
        List<byte[]> raw = new ArrayList<>();
        try (KeyValueIterator<Long, byte[]> all = latest().all()) {
            while (all.hasNext()) {
                KeyValue<Long, byte[]> entry = all.next();
                raw.add(entry.value);
            }
        }
        return raw;
    }

    static List<byte[]> decodeBatch(byte[] batch) {
        List<byte[]> raw = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(batch))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    return raw;
                }
                byte[] one = new byte[length];
                in.readFully(one);
                raw.add(one);
            }
        } catch (IOException e) {
            throw new InstanceUnreachableException("a snapshot batch from another instance is cut short", e);
        }
    }

    private byte[] fetch(HostInfo instance, String pathAndQuery) {
        try {
            return cluster.getBytes(instance, pathAndQuery);
        } catch (IOException e) {
            throw new InstanceUnreachableException("instance " + instance + " did not give its part: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InstanceUnreachableException("interrupted while asking instance " + instance, e);
        }
    }

    private ReadOnlyKeyValueStore<Long, byte[]> latest() {
        return store(SegmentTopology.LATEST_BEHAVIOUR_STORE);
    }

    private ReadOnlyKeyValueStore<Long, byte[]> scoresStore() {
        return store(SegmentTopology.LATEST_SCORES_STORE);
    }

    private <K> ReadOnlyKeyValueStore<K, byte[]> store(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.keyValueStore()));
    }
}
