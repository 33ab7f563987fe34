package dev.bankstream.feature.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import dev.bankstream.feature.behaviour.ClientProfile;
import dev.bankstream.feature.behaviour.DistrictProfile;
import dev.bankstream.feature.behaviour.ReferenceData;

/**
 * The reference tables as one stream task reads them: every snapshot asks for its account's owner and district, and
 * a RocksDB lookup in a global store for each was 4 % of the stream thread. Profiles are kept here once looked up,
 * all of them dropped whenever a global store changes (the loaders count changes in {@code changes}, on the global
 * thread), at most {@code capacity} per table.
 */
final class CachedReferenceData implements ReferenceData {

    private final ReferenceData stores;
    private final AtomicLong changes;
    private long changesSeen;
    private final Map<Integer, Optional<DistrictProfile>> districts;
    private final Map<Long, Optional<ClientProfile>> clients;

    CachedReferenceData(ReferenceData stores, AtomicLong changes, int capacity) {
        this.stores = stores;
        this.changes = changes;
        this.changesSeen = changes.get();
        this.districts = bounded(capacity);
        this.clients = bounded(capacity);
    }

    @Override
    public Optional<DistrictProfile> district(int districtId) {
        return cached(districts, districtId, stores::district);
    }

    @Override
    public Optional<ClientProfile> client(long clientId) {
        return cached(clients, clientId, stores::client);
    }

    private <K, V> Optional<V> cached(Map<K, Optional<V>> table, K key, Function<K, Optional<V>> lookup) {
        long seen = changes.get();
        if (seen != changesSeen) {
            districts.clear();
            clients.clear();
            changesSeen = seen;
        }
        return table.computeIfAbsent(key, lookup);
    }

    private static <K, V> Map<K, V> bounded(int capacity) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
