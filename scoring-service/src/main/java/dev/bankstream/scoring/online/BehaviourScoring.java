package dev.bankstream.scoring.online;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.contract.AccountRecord;
import dev.bankstream.contract.DeadLetters;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.Reason;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;
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
import dev.bankstream.scoring.value.AccountRisk;
import dev.bankstream.scoring.value.ScoreChanges;
import dev.bankstream.scoring.value.ValueScorer;

/**
 * Scores one behaviour snapshot: every rule of the rule book for every account, and the loan-default model in
 * service for borrowers; then the account's risk and value scores ({@link AccountRisk}, {@link ValueScorer}), published
 * on {@code risk.scores} when {@link ScoreChanges} says they moved. Each (account, flag kind) has a {@link FlagState}
 * and each account its last published score in changelogged stores, so the hysteresis and the change detection
 * survive restarts and rebalances; both are versioned by the snapshot's day ({@link EventTimeState}), so a snapshot
 * processed again after a crash emits again exactly what it emitted the first time. Snapshots arrive as bytes so that
 * one that cannot be decoded goes to the dead-letter topic like any other output.
 */
final class BehaviourScoring implements Processor<byte[], byte[], Object, Object> {

    static final String SERVICE = "scoring-service";
    /** Reason codes per model flag: enough for a risk officer to act on, few enough to read. */
    static final int REASONS_PER_FLAG = 5;

    private final Deserializer<AccountBehaviour> behaviours;
    private final RuleBook rules;
    private final ActiveModels models;
    private final ValueScorer valueScorer;
    private final ScoreChanges scoreChanges;
    private final ScoringMetrics metrics;
    private final Clock clock;
    private ProcessorContext<Object, Object> context;
    private EventTimeState<String> flagStates;
    private EventTimeState<Long> publishedScores;

    BehaviourScoring(Deserializer<AccountBehaviour> behaviours, RuleBook rules, ActiveModels models,
            ValueScorer valueScorer, ScoreChanges scoreChanges, ScoringMetrics metrics, Clock clock) {
        this.behaviours = behaviours;
        this.rules = rules;
        this.models = models;
        this.valueScorer = valueScorer;
        this.scoreChanges = scoreChanges;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        KeyValueStore<Bytes, byte[]> flags = context.getStateStore(ScoringTopology.FLAG_STATE_STORE);
        KeyValueStore<Bytes, byte[]> scores = context.getStateStore(ScoringTopology.SCORE_STATE_STORE);
        this.flagStates = new EventTimeState<>(flags, new StringSerializer());
        this.publishedScores = new EventTimeState<>(scores, new LongSerializer());
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        Instant arrival = clock.instant();
        metrics.snapshot();
        RecordMetadata source = context.recordMetadata().orElseThrow();
        AccountRecord<AccountBehaviour> admitted = AccountRecord.decode(source.topic(), record.key(), record.value(),
                behaviours, AccountBehaviour::getAccountId);
        if (admitted instanceof AccountRecord.Refused<AccountBehaviour> refused) {
            deadLetter(record, source, DeadLetterReason.valueOf(refused.refusal().name()), refused.detail());
            return;
        }
        AccountBehaviour behaviour = ((AccountRecord.Decoded<AccountBehaviour>) admitted).value();
        List<RiskLevel> raisedRules = new ArrayList<>();
        for (RuleFinding finding : rules.evaluate(behaviour)) {
            FlagState next = decide(record, arrival, behaviour, finding.rule().kind(), finding.rule().decider(),
                    finding.score(), FlagSource.RULE, finding::reasons, RuleBook.MODEL_NAME, rules.version());
            if (next.flagged()) {
                raisedRules.add(next.activeLevel());
            }
        }
        Optional<ModelScore> modelScore = behaviour.getLoan() == null ? Optional.empty()
                : scoreLoan(record, source, arrival, behaviour);
        publishScore(record, behaviour, modelScore, raisedRules);
    }

    /** The model's probability for a borrower and the version that gave it. */
    private record ModelScore(double probability, String modelVersion) {
    }

    private Optional<ModelScore> scoreLoan(Record<byte[], byte[]> record, RecordMetadata source, Instant arrival,
            AccountBehaviour behaviour) {
        Optional<ActiveModel> active = models.current();
        if (active.isEmpty()) {
            metrics.modelScoring(ModelScoring.NO_MODEL);
            return Optional.empty();
        }
        FeatureExtraction extraction = LoanFeatures.fromBehaviour(behaviour);
        if (extraction instanceof FeatureExtraction.Incomplete incomplete) {
            deadLetter(record, source, DeadLetterReason.INCOMPLETE, incomplete.reason());
            return Optional.empty();
        }
        FeatureExtraction.Complete complete = (FeatureExtraction.Complete) extraction;
        metrics.modelScoring(complete.fallbacks().isEmpty() ? ModelScoring.SCORED : ModelScoring.SCORED_WITH_FALLBACK);
        ActiveModel model = active.get();
        double probability = model.model().probability(complete.vector());
        decide(record, arrival, behaviour, RiskFlags.LOAN_DEFAULT_RISK, model.decider(), probability,
                FlagSource.MODEL, () -> model.model().reasons(complete.vector(), REASONS_PER_FLAG),
                ModelPackage.LOAN_DEFAULT, model.version());
        return Optional.of(new ModelScore(probability, model.version()));
    }

    private void publishScore(Record<byte[], byte[]> record, AccountBehaviour behaviour,
            Optional<ModelScore> modelScore, List<RiskLevel> raisedRules) {
        Double probability = modelScore.map(ModelScore::probability).orElse(null);
        AccountScore score = AccountScore.newBuilder()
                .setAccountId(behaviour.getAccountId())
                .setAsOfDate(behaviour.getAsOfDate())
                .setDefaultProbability(probability)
                .setActiveRuleFlags(raisedRules.size())
                .setRiskScore(AccountRisk.riskScore(probability, raisedRules))
                .setValueScore(valueScorer.score(behaviour).score())
                .setModelVersion(modelScore.map(ModelScore::modelVersion).orElse(null))
                .build();
        EventTimeState.Prior prior = publishedScores.prior(behaviour.getAccountId(), eventDay(behaviour));
        ScoreChanges.Outcome outcome = prior.superseded() ? ScoreChanges.Outcome.NOT_NEWER
                : scoreChanges.decide(prior.before() == null ? Optional.empty() : lastPublished(prior.before()), score);
        metrics.accountScore(outcome);
        if (outcome == ScoreChanges.Outcome.PUBLISHED) {
            publishedScores.record(prior, encodeScore(score));
            context.forward(record.withKey((Object) behaviour.getAccountId()).withValue(score),
                    ScoringTopology.RISK_SCORES_SINK);
        } else if (!prior.superseded()) {
            publishedScores.record(prior, null);
        }
    }

    /** A snapshot's place in event time: midnight UTC of its as-of date, as its record timestamp. */
    private static long eventDay(AccountBehaviour behaviour) {
        return behaviour.getAsOfDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    // Avro single-object encoding: the schema fingerprint travels with the stored bytes, so a score stored under an
    // older AccountScore schema is recognised instead of misread.
    private static byte[] encodeScore(AccountScore score) {
        try {
            ByteBuffer buffer = score.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The account's last published score; empty when the stored one was written under another schema: the account's
     * score is then published once more, which a compacted topic of current scores absorbs.
     */
    private static Optional<AccountScore> lastPublished(byte[] bytes) {
        try {
            return Optional.of(AccountScore.fromByteBuffer(ByteBuffer.wrap(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param reasons computed only for a flag that is raised: most snapshots raise none, and tree reasons (TreeSHAP)
     *                cost more than the prediction itself
     * @return the flag state after this score; for a superseded snapshot, the state on its day
     */
    private FlagState decide(Record<byte[], byte[]> record, Instant arrival, AccountBehaviour behaviour, String kind,
            FlagDecider decider, double score, FlagSource source, Supplier<List<Reason>> reasons, String modelName,
            String modelVersion) {
        String stateKey = behaviour.getAccountId() + "/" + kind;
        EventTimeState.Prior prior = flagStates.prior(stateKey, eventDay(behaviour));
        FlagState state = prior.before() == null ? FlagState.INITIAL : FlagState.fromBytes(prior.before());
        if (prior.superseded()) {
            return state;
        }
        FlagDecision decision = decider.decide(state, score);
        flagStates.record(prior, decision.next().equals(state) ? null : decision.next().toBytes());
        decision.raise().ifPresent(raise -> {
            Instant emittedAt = clock.instant();
            RiskFlag flag = RiskFlags.of(behaviour.getAccountId(), kind, source, score, raise, reasons.get(), modelName,
                    modelVersion, behaviour.getAsOfDate(), emittedAt);
            metrics.flag(flag, Duration.between(arrival, emittedAt));
            context.forward(record.withKey((Object) behaviour.getAccountId()).withValue(flag),
                    ScoringTopology.RISK_FLAGS_SINK);
        });
        return decision.next();
    }

    private void deadLetter(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason,
            String detail) {
        DeadLetter deadLetter = DeadLetters.of(SERVICE, source.topic(), source.partition(), source.offset(),
                record.key(), record.value(), reason.name() + ": " + detail, clock.instant());
        metrics.deadLetter(reason);
        context.forward(record.withValue((Object) deadLetter), ScoringTopology.DEAD_LETTER_SINK);
    }
}
