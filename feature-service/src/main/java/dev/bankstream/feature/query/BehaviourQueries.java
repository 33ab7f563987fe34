package dev.bankstream.feature.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.ClientProfile;
import dev.bankstream.feature.behaviour.DistrictProfile;
import dev.bankstream.feature.topology.FeatureTopology;
import dev.bankstream.feature.topology.StoreReferenceData;
import dev.bankstream.schemas.AccountBehaviour;

/**
 * Interactive queries over this instance's state stores, and which instance owns what. Account state is partitioned
 * across instances by account id; reference data is complete on every instance.
 */
@ApplicationScoped
public class BehaviourQueries {

    private final KafkaStreams streams;
    private final HostInfo self;

    /** This instance is whatever Kafka Streams advertises to the group as its application server. */
    BehaviourQueries(KafkaStreams streams, StreamsConfig config) {
        this.streams = streams;
        this.self = HostInfo.buildFromEndpoint(config.getString(StreamsConfig.APPLICATION_SERVER_CONFIG));
    }

    /** The instance whose active task holds the account, or empty while the group is rebalancing. */
    Optional<HostInfo> ownerOf(long accountId) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(FeatureTopology.ACCOUNT_STORE, accountId, new LongSerializer());
        return metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE
                ? Optional.empty()
                : Optional.of(metadata.activeHost());
    }

    boolean isSelf(HostInfo host) {
        return self.equals(host);
    }

    /** Every instance that holds part of the account state, this one included. */
    List<HostInfo> instances() {
        return streams.streamsMetadataForStore(FeatureTopology.ACCOUNT_STORE).stream()
                .map(StreamsMetadata::hostInfo)
                .toList();
    }

    /**
     * The account as of the latest day this instance knows for it, open days included: the view a query wants, where
     * the topic only carries days that are final.
     */
    Optional<AccountBehaviour> localBehaviour(long accountId) {
        AccountState state = accounts().get(accountId);
        if (state == null) {
            return Optional.empty();
        }
        StoreReferenceData reference = new StoreReferenceData(
                streams.store(StoreQueryParameters.<ReadOnlyKeyValueStore<Integer, DistrictProfile>>fromNameAndType(
                        FeatureTopology.DISTRICTS_STORE, QueryableStoreTypes.keyValueStore())),
                streams.store(StoreQueryParameters.<ReadOnlyKeyValueStore<Long, ClientProfile>>fromNameAndType(
                        FeatureTopology.CLIENTS_STORE, QueryableStoreTypes.keyValueStore())));
        return Optional.of(state.snapshot(state.latestKnownDay(), reference));
    }

    /** The first {@code count} accounts of this instance by id, and how many it holds. */
    AccountPage localFirst(int count) {
        PriorityQueue<AccountSummary> lowest = new PriorityQueue<>(
                Comparator.comparingLong(AccountSummary::accountId).reversed());
        long total = 0;
        try (KeyValueIterator<Long, AccountState> all = accounts().all()) {
            while (all.hasNext()) {
                KeyValue<Long, AccountState> entry = all.next();
                total++;
                lowest.add(AccountSummary.of(entry.value));
                if (lowest.size() > count) {
                    lowest.poll();
                }
            }
        }
        List<AccountSummary> accounts = new ArrayList<>(lowest);
        accounts.sort(Comparator.comparingLong(AccountSummary::accountId));
        return new AccountPage(0, count, total, accounts);
    }

    private ReadOnlyKeyValueStore<Long, AccountState> accounts() {
        return streams.store(StoreQueryParameters.fromNameAndType(FeatureTopology.ACCOUNT_STORE,
                QueryableStoreTypes.keyValueStore()));
    }
}
