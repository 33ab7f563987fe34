package dev.bankstream.segment.topology;

import org.apache.kafka.common.serialization.Serde;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.ProductOffer;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.SegmentChange;

/** The Avro value serdes of every topic the service reads or writes, all backed by the schema registry. */
public record SegmentSerdes(
        Serde<AccountBehaviour> accountBehaviour,
        Serde<AccountScore> scores,
        Serde<PublishedModel> models,
        Serde<SegmentChange> changes,
        Serde<AccountSegments> assignments,
        Serde<ProductOffer> offers,
        Serde<DeadLetter> deadLetters) {

    public static SegmentSerdes forRegistry(String registryUrl) {
        return new SegmentSerdes(
                AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registryUrl),
                AvroSerdes.valueSerde(Topics.ACCOUNT_SCORES, registryUrl),
                AvroSerdes.valueSerde(Topics.MODELS, registryUrl),
                AvroSerdes.valueSerde(Topics.SEGMENT_CHANGES, registryUrl),
                AvroSerdes.valueSerde(Topics.SEGMENT_ASSIGNMENTS, registryUrl),
                AvroSerdes.valueSerde(Topics.OFFERS, registryUrl),
                AvroSerdes.valueSerde(Topics.SEGMENT_DEAD_LETTERS, registryUrl));
    }

    /** A stored snapshot back from the bytes it arrived as (stores keep them as read, in Confluent's format). */
    public AccountBehaviour readSnapshot(byte[] stored) {
        return accountBehaviour.deserializer().deserialize(Topics.ACCOUNT_BEHAVIOUR.name(), stored);
    }

    /** A stored score back from the bytes it arrived as. */
    public AccountScore readScore(byte[] stored) {
        return scores.deserializer().deserialize(Topics.ACCOUNT_SCORES.name(), stored);
    }
}
