package dev.bankstream.feature.topology;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import dev.bankstream.contract.RegistryOutage;
import dev.bankstream.contract.Topics;
import dev.bankstream.feature.behaviour.EventDays;
import dev.bankstream.feature.topology.FeatureMetrics.DeadLetterReason;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.Transaction;

/**
 * The gate in front of the account state. Records arrive as raw bytes so that a record that cannot be decoded is
 * routed, with its bytes and the reason, to the dead-letter topic inside the same transaction as everything else
 * (Kafka Streams 4.1's deserialization handlers can only skip or fail). Decoded records dated on a day that is already
 * final (beyond the grace period) are routed there too; everything else goes on to the account's state.
 */
final class InputAdmission implements Processor<byte[], byte[], Object, Object> {

    static final String SERVICE = "feature-service";

    private final Deserializer<Transaction> transactions;
    private final Deserializer<AccountEvent> accountEvents;
    private final Deserializer<Long> accountIds = new LongDeserializer();
    private final int graceDays;
    private final FeatureMetrics metrics;
    private ProcessorContext<Object, Object> context;

    InputAdmission(FeatureSerdes serdes, int graceDays, FeatureMetrics metrics) {
        this.transactions = serdes.transactions().deserializer();
        this.accountEvents = serdes.accountEvents().deserializer();
        this.graceDays = graceDays;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        AccountInput input;
        Long accountId;
        try {
            accountId = accountIds.deserialize(source.topic(), record.key());
            input = decode(source.topic(), record);
        } catch (RuntimeException e) {
            if (RegistryOutage.causedBy(e)) {
                throw e;
            }
            reject(record, source, DeadLetterReason.UNDECODABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        if (accountId == null || input == null) {
            reject(record, source, DeadLetterReason.INVALID, accountId == null ? "no account id key" : "no value");
            return;
        }
        if (input.accountId() != accountId) {
            reject(record, source, DeadLetterReason.INVALID,
                    "key says account " + accountId + " but the record is about account " + input.accountId());
            return;
        }
        int finalDay = EventDays.dayOfTimestamp(context.currentStreamTimeMs()) - graceDays - 1;
        int day = EventDays.dayOf(input.eventDate());
        if (day <= finalDay) {
            reject(record, source, DeadLetterReason.LATE, "event date " + input.eventDate() + " is beyond the grace period of "
                    + graceDays + " day(s): days up to " + EventDays.dateOf(finalDay) + " are final");
            return;
        }
        context.forward(record.withKey(accountId).withValue(input), FeatureTopology.ACCOUNT_PROCESSOR);
    }

    /** Values are in Confluent's wire format (schema id in the payload), as the contract says; headers are not read. */
    private AccountInput decode(String topic, Record<byte[], byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        if (topic.equals(Topics.TRANSACTIONS.name())) {
            return new AccountInput.TransactionInput(transactions.deserialize(topic, record.value()));
        }
        return new AccountInput.AccountEventInput(accountEvents.deserialize(topic, record.value()));
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason, String detail) {
        DeadLetter deadLetter = DeadLetter.newBuilder()
                .setService(SERVICE)
                .setSourceTopic(source.topic())
                .setPartition(source.partition())
                .setOffset(source.offset())
                .setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()))
                .setValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
                .setReason(reason.name() + ": " + detail)
                .setFailedAt(Instant.now())
                .build();
        metrics.deadLetter(source.topic(), reason);
        context.forward(record.withValue((Object) deadLetter), FeatureTopology.DEAD_LETTER_SINK);
    }
}
