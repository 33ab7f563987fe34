package dev.bankstream.segment.topology;

import java.util.Optional;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.quadrant.RiskValueQuadrant;
import dev.bankstream.segment.topology.SegmentMetrics.DeadLetterReason;

/**
 * Per account: keeps the latest score of risk.scores and, when that moves the account to another risk × value
 * quadrant, emits its segments.assignments record with the new quadrant (accounts without a segment yet get it with
 * their first placement). Scores arrive as bytes, like snapshots, so that a bad one is dead-lettered with its reason;
 * a tombstone withdraws the account's score.
 */
final class QuadrantPlacer implements Processor<byte[], byte[], Object, Object> {

    private final SegmentSerdes serdes;
    private final Deserializer<AccountScore> scores;
    private final Deserializer<Long> accountIds = new LongDeserializer();
    private final QuadrantThresholds thresholds;
    private final SegmentMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<Long, byte[]> latest;
    private KeyValueStore<String, byte[]> dwell;

    QuadrantPlacer(SegmentSerdes serdes, QuadrantThresholds thresholds, SegmentMetrics metrics) {
        this.serdes = serdes;
        this.scores = serdes.scores().deserializer();
        this.thresholds = thresholds;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.latest = context.getStateStore(SegmentTopology.LATEST_SCORES_STORE);
        this.dwell = context.getStateStore(SegmentTopology.DWELL_STORE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        Long accountId;
        AccountScore score;
        try {
            accountId = accountIds.deserialize(source.topic(), record.key());
            score = record.value() == null ? null : scores.deserialize(source.topic(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            reject(record, source, DeadLetterReason.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (accountId == null) {
            reject(record, source, DeadLetterReason.INVALID, "no account id key");
            return;
        }
        Optional<String> invalid = score == null ? Optional.empty() : invalidReason(accountId, score);
        if (invalid.isPresent()) {
            reject(record, source, DeadLetterReason.INVALID, invalid.get());
            return;
        }
        metrics.score();
        Optional<RiskValueQuadrant> before = quadrantOf(latest.get(accountId));
        if (score == null) {
            latest.delete(accountId);
        } else {
            latest.put(accountId, record.value());
        }
        Optional<RiskValueQuadrant> after = Optional.ofNullable(score).map(s -> AccountScores.quadrant(s, thresholds));
        if (after.equals(before)) {
            return;
        }
        metrics.quadrantChanged(after.map(Enum::name).orElse("none"));
        CurrentAssignments.of(accountId, dwell, after).ifPresent(segments -> context.forward(
                new Record<>((Object) accountId, (Object) segments, record.timestamp()),
                SegmentTopology.ASSIGNMENTS_SINK));
    }

    private Optional<RiskValueQuadrant> quadrantOf(byte[] stored) {
        return stored == null ? Optional.empty()
                : Optional.of(AccountScores.quadrant(serdes.readScore(stored), thresholds));
    }

    private static Optional<String> invalidReason(long key, AccountScore score) {
        if (score.getAccountId() != key) {
            return Optional.of("key says account " + key + " but the score is of account " + score.getAccountId());
        }
        if (!inUnitRange(score.getRiskScore()) || !inUnitRange(score.getValueScore())) {
            return Optional.of("scores must lie in 0..1, got risk " + score.getRiskScore() + " and value "
                    + score.getValueScore());
        }
        return Optional.empty();
    }

    private static boolean inUnitRange(double score) {
        return score >= 0 && score <= 1;
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason, String detail) {
        metrics.deadLetter(reason, "none");
        context.forward(record.withValue((Object) SegmentDeadLetters.of(record.key(), record.value(), source,
                reason.name() + ": " + detail)), SegmentTopology.DEAD_LETTER_SINK);
    }
}
