package dev.bankstream.feature.topology;

import java.util.Optional;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.bankstream.feature.behaviour.ClientProfile;
import dev.bankstream.feature.behaviour.DistrictProfile;
import dev.bankstream.feature.behaviour.ReferenceData;

/** Reference data read from the global stores, inside the topology or through interactive queries. */
public record StoreReferenceData(ReadOnlyKeyValueStore<Integer, DistrictProfile> districts,
        ReadOnlyKeyValueStore<Long, ClientProfile> clients) implements ReferenceData {

    @Override
    public Optional<DistrictProfile> district(int districtId) {
        return Optional.ofNullable(districts.get(districtId));
    }

    @Override
    public Optional<ClientProfile> client(long clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }
}
