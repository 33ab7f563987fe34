package dev.bankstream.contract;

import static dev.bankstream.contract.TopicSpec.CleanupPolicy.COMPACT;
import static dev.bankstream.contract.TopicSpec.CleanupPolicy.COMPACT_DELETE;
import static dev.bankstream.contract.TopicSpec.CleanupPolicy.DELETE;

import java.util.List;

import org.apache.kafka.common.serialization.Serdes;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.IngestReject;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.ProductOffer;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.ReplayCheckpoint;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.SegmentChange;
import dev.bankstream.schemas.Transaction;

/**
 * Every topic Bankstream reads or writes, in one place: name, key and value types, partitions, cleanup policy.
 * Topics are created from this list ({@link TopicAdmin}); services refer to these constants, never to strings.
 */
public final class Topics {

    /** Account-keyed streams share this count so that they are co-partitioned for joins. */
    public static final int ACCOUNT_PARTITIONS = 6;

    public static final TopicSpec<Integer, District> DISTRICTS = new TopicSpec<>(
            "bank.districts", Serdes.Integer(), District.class, 1, COMPACT,
            "District demographics, keyed by district id.");
    public static final TopicSpec<Long, Client> CLIENTS = new TopicSpec<>(
            "bank.clients", Serdes.Long(), Client.class, 1, COMPACT,
            "Clients, keyed by client id.");
    public static final TopicSpec<Long, Transaction> TRANSACTIONS = new TopicSpec<>(
            "bank.transactions", Serdes.Long(), Transaction.class, ACCOUNT_PARTITIONS, DELETE,
            "Booked transactions, keyed by account id; timestamp = booking date.");
    public static final TopicSpec<Long, AccountEvent> ACCOUNT_EVENTS = new TopicSpec<>(
            "bank.account-events", Serdes.Long(), AccountEvent.class, ACCOUNT_PARTITIONS, DELETE,
            "Account opened, client linked, standing order, loan granted, card issued; keyed by account id.");
    public static final TopicSpec<Long, LoanOutcome> LOAN_OUTCOMES = new TopicSpec<>(
            "bank.loan-outcomes", Serdes.Long(), LoanOutcome.class, ACCOUNT_PARTITIONS, COMPACT,
            "Loan status as of the data set's end, keyed by account id. Labels only.");
    public static final TopicSpec<String, IngestReject> INGEST_REJECTS = new TopicSpec<>(
            "ingest.rejects", Serdes.String(), IngestReject.class, 1, DELETE,
            "Source lines that could not be read, with file, line number and reason; keyed by file.");
    public static final TopicSpec<String, ReplayCheckpoint> INGEST_CHECKPOINTS = new TopicSpec<>(
            "ingest.checkpoints", Serdes.String(), ReplayCheckpoint.class, 1, COMPACT,
            "Replay progress, written in the same transaction as the events; keyed by replay id.");
    public static final TopicSpec<Long, AccountBehaviour> ACCOUNT_BEHAVIOUR = new TopicSpec<>(
            "features.account-behaviour", Serdes.Long(), AccountBehaviour.class, ACCOUNT_PARTITIONS, COMPACT_DELETE,
            "Per-account behaviour, at most one snapshot per account per event day; latest kept forever.");
    public static final TopicSpec<Long, LoanSnapshot> LOAN_SNAPSHOTS = new TopicSpec<>(
            "features.loan-snapshots", Serdes.Long(), LoanSnapshot.class, ACCOUNT_PARTITIONS, COMPACT,
            "Point-in-time features at each loan grant, keyed by loan id: the training set.");
    public static final TopicSpec<byte[], DeadLetter> FEATURE_DEAD_LETTERS = deadLetters("features");
    public static final TopicSpec<Long, RiskFlag> RISK_FLAGS = new TopicSpec<>(
            "risk.flags", Serdes.Long(), RiskFlag.class, ACCOUNT_PARTITIONS, DELETE,
            "Risk alerts with reasons, keyed by account id.");
    public static final TopicSpec<Long, AccountScore> ACCOUNT_SCORES = new TopicSpec<>(
            "risk.scores", Serdes.Long(), AccountScore.class, ACCOUNT_PARTITIONS, COMPACT,
            "Each account's current risk and value scores, keyed by account id: the risk x value quadrant.");
    public static final TopicSpec<byte[], DeadLetter> SCORING_DEAD_LETTERS = deadLetters("scoring");
    public static final TopicSpec<Long, SegmentChange> SEGMENT_CHANGES = new TopicSpec<>(
            "segments.changes", Serdes.Long(), SegmentChange.class, ACCOUNT_PARTITIONS, DELETE,
            "An account moved segment, keyed by account id.");
    public static final TopicSpec<Long, AccountSegments> SEGMENT_ASSIGNMENTS = new TopicSpec<>(
            "segments.assignments", Serdes.Long(), AccountSegments.class, ACCOUNT_PARTITIONS, COMPACT,
            "Current segment per segmentation, keyed by account id.");
    public static final TopicSpec<Long, ProductOffer> OFFERS = new TopicSpec<>(
            "offers.recommendations", Serdes.Long(), ProductOffer.class, ACCOUNT_PARTITIONS, COMPACT_DELETE,
            "Next-best product offers, keyed by account id.");
    public static final TopicSpec<byte[], DeadLetter> SEGMENT_DEAD_LETTERS = deadLetters("segments");
    public static final TopicSpec<String, PublishedModel> MODELS = new TopicSpec<>(
            "models", Serdes.String(), PublishedModel.class, 1, COMPACT,
            "Published models, keyed by model name; services hot-swap on a new version.");

    public static final List<TopicSpec<?, ?>> ALL = List.of(
            DISTRICTS, CLIENTS, TRANSACTIONS, ACCOUNT_EVENTS, LOAN_OUTCOMES, INGEST_REJECTS, INGEST_CHECKPOINTS,
            ACCOUNT_BEHAVIOUR, LOAN_SNAPSHOTS, FEATURE_DEAD_LETTERS,
            RISK_FLAGS, ACCOUNT_SCORES, SCORING_DEAD_LETTERS,
            SEGMENT_CHANGES, SEGMENT_ASSIGNMENTS, OFFERS, SEGMENT_DEAD_LETTERS,
            MODELS);

    private Topics() {
    }

    private static TopicSpec<byte[], DeadLetter> deadLetters(String service) {
        return new TopicSpec<>(service + ".dead-letters", Serdes.ByteArray(), DeadLetter.class, 1, DELETE,
                "Records the " + service + " service could not process, with the reason.");
    }
}
