package dev.bankstream.feature.behaviour;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.District;

/** Reference tables held in maps, for tests of the domain without a topology. */
final class MapReferenceData implements ReferenceData {

    private final Map<Integer, DistrictProfile> districts = new HashMap<>();
    private final Map<Long, ClientProfile> clients = new HashMap<>();

    MapReferenceData with(District district) {
        districts.put(district.getDistrictId(), DistrictProfile.of(district));
        return this;
    }

    MapReferenceData with(Client client) {
        clients.put(client.getClientId(), ClientProfile.of(client));
        return this;
    }

    @Override
    public Optional<DistrictProfile> district(int districtId) {
        return Optional.ofNullable(districts.get(districtId));
    }

    @Override
    public Optional<ClientProfile> client(long clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }
}
