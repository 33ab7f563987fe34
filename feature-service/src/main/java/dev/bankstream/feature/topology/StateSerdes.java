package dev.bankstream.feature.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.AccountStateCodec;
import dev.bankstream.feature.behaviour.ClientProfile;
import dev.bankstream.feature.behaviour.DistrictProfile;
import dev.bankstream.feature.behaviour.ProfileCodec;

/** Serdes of the state stores: the service's own compact formats, which never touch the schema registry. */
final class StateSerdes {

    private StateSerdes() {
    }

    static Serde<AccountState> accountState() {
        return Serdes.serdeFrom(
                (topic, state) -> state == null ? null : AccountStateCodec.encode(state),
                (topic, bytes) -> bytes == null ? null : AccountStateCodec.decode(bytes));
    }

    static Serde<DistrictProfile> districtProfile() {
        return Serdes.serdeFrom(
                (topic, profile) -> profile == null ? null : ProfileCodec.encode(profile),
                (topic, bytes) -> bytes == null ? null : ProfileCodec.decodeDistrict(bytes));
    }

    static Serde<ClientProfile> clientProfile() {
        return Serdes.serdeFrom(
                (topic, profile) -> profile == null ? null : ProfileCodec.encode(profile),
                (topic, bytes) -> bytes == null ? null : ProfileCodec.decodeClient(bytes));
    }
}
