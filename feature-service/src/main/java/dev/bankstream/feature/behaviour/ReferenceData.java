package dev.bankstream.feature.behaviour;

import java.util.Optional;

/** The reference tables an account's description joins: districts and clients. */
public interface ReferenceData {

    Optional<DistrictProfile> district(int districtId);

    Optional<ClientProfile> client(long clientId);
}
