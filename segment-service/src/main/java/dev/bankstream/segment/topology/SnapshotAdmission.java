package dev.bankstream.segment.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.bankstream.contract.AccountRecord;
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
        AccountRecord<AccountBehaviour> decoded = AccountRecord.decode(source.topic(), record.key(), record.value(),
                snapshots, AccountBehaviour::getAccountId);
        if (decoded instanceof AccountRecord.Refused<AccountBehaviour> refused) {
            reject(record, source, DeadLetterReason.valueOf(refused.refusal().name()), refused.detail());
            return;
        }
        long accountId = ((AccountRecord.Decoded<AccountBehaviour>) decoded).accountId();
        AccountBehaviour behaviour = ((AccountRecord.Decoded<AccountBehaviour>) decoded).value();
        metrics.snapshot();
        Record<Object, Object> admitted = record.withKey((Object) accountId)
                .withValue(new Admitted(accountId, behaviour, record.key(), record.value()));
        context.forward(admitted, SegmentTopology.ASSIGNER);
        context.forward(admitted, SegmentTopology.OFFER_MAKER);
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason, String detail) {
        metrics.deadLetter(reason, "none");
        context.forward(record.withValue((Object) SegmentDeadLetters.of(record.key(), record.value(), source,
                reason.name() + ": " + detail)), SegmentTopology.DEAD_LETTER_SINK);
    }
}
