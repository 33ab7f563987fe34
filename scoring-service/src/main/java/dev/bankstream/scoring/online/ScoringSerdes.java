package dev.bankstream.scoring.online;

import org.apache.kafka.common.serialization.Serde;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.RiskFlag;

/** The Avro value serdes of every topic the scoring-service reads or writes, all backed by the schema registry. */
public record ScoringSerdes(
        Serde<AccountBehaviour> accountBehaviour,
        Serde<RiskFlag> riskFlags,
        Serde<AccountScore> accountScores,
        Serde<DeadLetter> deadLetters,
        Serde<PublishedModel> models,
        Serde<LoanSnapshot> loanSnapshots,
        Serde<LoanOutcome> loanOutcomes) {

    public static ScoringSerdes forRegistry(String registryUrl) {
        return new ScoringSerdes(
                AvroSerdes.valueSerde(Topics.ACCOUNT_BEHAVIOUR, registryUrl),
                AvroSerdes.valueSerde(Topics.RISK_FLAGS, registryUrl),
                AvroSerdes.valueSerde(Topics.ACCOUNT_SCORES, registryUrl),
                AvroSerdes.valueSerde(Topics.SCORING_DEAD_LETTERS, registryUrl),
                AvroSerdes.valueSerde(Topics.MODELS, registryUrl),
                AvroSerdes.valueSerde(Topics.LOAN_SNAPSHOTS, registryUrl),
                AvroSerdes.valueSerde(Topics.LOAN_OUTCOMES, registryUrl));
    }
}
