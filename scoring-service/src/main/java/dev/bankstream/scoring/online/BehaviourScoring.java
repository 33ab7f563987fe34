package dev.bankstream.scoring.online;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.features.FeatureExtraction;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.scoring.flags.FlagDecider;
import dev.bankstream.scoring.flags.FlagDecision;
import dev.bankstream.scoring.flags.FlagState;
import dev.bankstream.scoring.flags.RiskFlags;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.online.ScoringMetrics.DeadLetterReason;
import dev.bankstream.scoring.online.ScoringMetrics.ModelScoring;
import dev.bankstream.scoring.rules.RuleBook;
import dev.bankstream.scoring.rules.RuleFinding;

/**
 * Scores one behaviour snapshot: every rule of the rule book for every account, and the loan-default model in
 * service for borrowers. Each (account, flag kind) has a {@link FlagState} in a changelogged store, so the hysteresis
 * survives restarts and rebalances. Snapshots arrive as bytes so that one that cannot be decoded goes to the
 * dead-letter topic in the same transaction as everything else.
 */
final class BehaviourScoring implements Processor<byte[], byte[], Object, Object> {

    static final String SERVICE = "scoring-service";
    /** Reason codes per model flag: enough for a risk officer to act on, few enough to read. */
    static final int REASONS_PER_FLAG = 5;

    private final Deserializer<AccountBehaviour> behaviours;
    private final Deserializer<Long> accountIds = new LongDeserializer();
    private final RuleBook rules;
    private final ActiveModels models;
    private final ScoringMetrics metrics;
    private final Clock clock;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, byte[]> flagStates;

    BehaviourScoring(Deserializer<AccountBehaviour> behaviours, RuleBook rules, ActiveModels models,
            ScoringMetrics metrics, Clock clock) {
        this.behaviours = behaviours;
        this.rules = rules;
        this.models = models;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.flagStates = context.getStateStore(ScoringTopology.FLAG_STATE_STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Instant arrival = clock.instant();
        metrics.snapshot();
        RecordMetadata source = context.recordMetadata().orElseThrow();
        Long accountId;
        AccountBehaviour behaviour;
        try {
            accountId = accountIds.deserialize(source.topic(), record.key());
            behaviour = record.value() == null ? null : behaviours.deserialize(source.topic(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            deadLetter(record, source, DeadLetterReason.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (accountId == null || behaviour == null) {
            deadLetter(record, source, DeadLetterReason.INVALID, accountId == null ? "no account id key" : "no value");
            return;
        }
        if (behaviour.getAccountId() != accountId) {
            deadLetter(record, source, DeadLetterReason.INVALID, "key says account " + accountId
                    + " but the snapshot is about account " + behaviour.getAccountId());
            return;
        }
        for (RuleFinding finding : rules.evaluate(behaviour)) {
            decide(record, arrival, behaviour, finding.rule().kind(), finding.rule().decider(), finding.score(),
                    FlagSource.RULE, finding.reasons(), RuleBook.MODEL_NAME, rules.version());
        }
        if (behaviour.getLoan() != null) {
            scoreLoan(record, source, arrival, behaviour);
        }
    }

    private void scoreLoan(Record<byte[], byte[]> record, RecordMetadata source, Instant arrival,
            AccountBehaviour behaviour) {
        Optional<ActiveModel> active = models.current();
        if (active.isEmpty()) {
            metrics.modelScoring(ModelScoring.NO_MODEL);
            return;
        }
        FeatureExtraction extraction = LoanFeatures.fromBehaviour(behaviour);
        if (extraction instanceof FeatureExtraction.Incomplete incomplete) {
            deadLetter(record, source, DeadLetterReason.INCOMPLETE, incomplete.reason());
            return;
        }
        FeatureExtraction.Complete complete = (FeatureExtraction.Complete) extraction;
        metrics.modelScoring(complete.fallbacks().isEmpty() ? ModelScoring.SCORED : ModelScoring.SCORED_WITH_FALLBACK);
        ActiveModel model = active.get();
        double probability = model.model().probability(complete.vector());
        decide(record, arrival, behaviour, RiskFlags.LOAN_DEFAULT_RISK, model.decider(), probability,
                FlagSource.MODEL, model.model().reasons(complete.vector(), REASONS_PER_FLAG),
                ModelPackage.LOAN_DEFAULT, model.version());
    }

    private void decide(Record<byte[], byte[]> record, Instant arrival, AccountBehaviour behaviour, String kind,
            FlagDecider decider, double score, FlagSource source, List<Reason> reasons, String modelName,
            String modelVersion) {
        String stateKey = behaviour.getAccountId() + "/" + kind;
        byte[] stored = flagStates.get(stateKey);
        FlagState state = stored == null ? FlagState.INITIAL : FlagState.fromBytes(stored);
        FlagDecision decision = decider.decide(state, score);
        if (!decision.next().equals(state)) {
            flagStates.put(stateKey, decision.next().toBytes());
        }
        decision.raise().ifPresent(raise -> {
            Instant emittedAt = clock.instant();
            RiskFlag flag = RiskFlags.of(behaviour.getAccountId(), kind, source, score, raise, reasons, modelName,
                    modelVersion, behaviour.getAsOfDate(), emittedAt);
            metrics.flag(flag, Duration.between(arrival, emittedAt));
            context.forward(record.withKey((Object) behaviour.getAccountId()).withValue(flag),
                    ScoringTopology.RISK_FLAGS_SINK);
        });
    }

    private void deadLetter(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason,
            String detail) {
        DeadLetter deadLetter = DeadLetter.newBuilder()
                .setService(SERVICE)
                .setSourceTopic(source.topic())
                .setPartition(source.partition())
                .setOffset(source.offset())
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
                .setReason(reason.name() + ": " + detail)
                .setFailedAt(clock.instant())
                .build();
        metrics.deadLetter(reason);
        context.forward(record.withValue((Object) deadLetter), ScoringTopology.DEAD_LETTER_SINK);
    }
}
