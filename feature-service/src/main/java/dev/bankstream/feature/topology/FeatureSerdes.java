package dev.bankstream.feature.topology;

import org.apache.kafka.common.serialization.Serde;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.Transaction;

/** The Avro value serdes of every topic the service reads or writes, all backed by the schema registry. */
public record FeatureSerdes(
        Serde<Transaction> transactions,
        Serde<AccountEvent> accountEvents,
        Serde<District> districts,
        Serde<Client> clients,
        Serde<AccountBehaviour> accountBehaviour,
        Serde<LoanSnapshot> loanSnapshots,
        Serde<DeadLetter> deadLetters) {

    public static FeatureSerdes forRegistry(String registryUrl) {
        return new FeatureSerdes(
                AvroSerdes.valueSerde(Topics.TRANSACTIONS, registryUrl),
                AvroSerdes.valueSerde(Topics.ACCOUNT_EVENTS, registryUrl),
                AvroSerdes.valueSerde(Topics.DISTRICTS, registryUrl),
                AvroSerdes.valueSerde(Topics.CLIENTS, registryUrl),
                AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registryUrl),
                AvroSerdes.valueSerde(Topics.LOAN_SNAPSHOTS, registryUrl),
                AvroSerdes.valueSerde(Topics.FEATURE_DEAD_LETTERS, registryUrl));
    }
}
