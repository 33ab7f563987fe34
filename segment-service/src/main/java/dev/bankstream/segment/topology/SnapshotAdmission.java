package dev.bankstream.segment.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.segment.topology.SegmentMetrics.DeadLetterReason;

/**
 * The gate in front of the segment and offer state. Snapshots arrive as raw bytes so that one that cannot be
 * decoded is routed, with its bytes and the reason, to the dead-letter topic inside the same transaction as
 * everything else (Kafka Streams' deserialization handlers can only skip or fail). A registry that does not
 * answer fails the stream instead: dead-lettering good records because of an outage would lose them.
 */
final class SnapshotAdmission implements Processor<byte[], byte[], Object, Object> {

    private final Deserializer<AccountBehaviour> snapshots;
    private final Deserializer<Long> accountIds = new LongDeserializer();
    private final SegmentMetrics metrics;
    private ProcessorContext<Object, Object> context;

    SnapshotAdmission(SegmentSerdes serdes, SegmentMetrics metrics) {
        this.snapshots = serdes.accountBehaviour().deserializer();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        Long accountId;
        AccountBehaviour behaviour;
        try {
            accountId = accountIds.deserialize(source.topic(), record.key());
            behaviour = record.value() == null ? null : snapshots.deserialize(source.topic(), record.value());
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            reject(record, source, DeadLetterReason.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (accountId == null || behaviour == null) {
            reject(record, source, DeadLetterReason.INVALID, accountId == null ? "no account id key" : "no value");
            return;
        }
        if (behaviour.getAccountId() != accountId) {
            reject(record, source, DeadLetterReason.INVALID,
                    "key says account " + accountId + " but the snapshot is of account " + behaviour.getAccountId());
            return;
        }
        metrics.snapshot();
        Record<Object, Object> admitted = record.withKey((Object) accountId)
                .withValue(new Admitted(accountId, behaviour, record.key(), record.value()));
        context.forward(admitted, SegmentTopology.ASSIGNER);
        context.forward(admitted, SegmentTopology.OFFER_MAKER);
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason, String detail) {
        metrics.deadLetter(reason, "none");
        context.forward(record.withValue((Object) DeadLetters.of(record.key(), record.value(), source,
                reason.name() + ": " + detail)), SegmentTopology.DEAD_LETTER_SINK);
    }
}
