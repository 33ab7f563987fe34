package dev.bankstream.feature.topology;

import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

import org.jboss.logging.Logger;

import dev.bankstream.contract.AccountRecord;
import dev.bankstream.contract.DeadLetters;
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
 *
 * <p>It also keeps the task's {@link InputClock}: as the transactions and account events it admits (and, on a
 * wall-clock tick, the passing of time) move the final day on, it tells the account processor, and it keeps the final
 * day in a store so that a restarted task never reopens a day its accounts have settled.
 */
final class InputAdmission implements Processor<byte[], byte[], Object, Object> {

    private static final Logger LOG = Logger.getLogger(InputAdmission.class);
    static final String SERVICE = "feature-service";
    static final String FINAL_DAY_KEY = "final-day";
    private static final int TRANSACTIONS_INPUT = 0;
    private static final int ACCOUNT_EVENTS_INPUT = 1;
    /** How often the wall clock may end a wait for an input that fell behind, as a share of the wait. */
    private static final int TICKS_PER_WAIT = 5;

    private final Deserializer<Transaction> transactions;
    private final Deserializer<AccountEvent> accountEvents;
    private final FeatureSettings settings;
    private final FeatureMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, Integer> finalDayStore;
    private InputClock clock;

    InputAdmission(FeatureSerdes serdes, FeatureSettings settings, FeatureMetrics metrics) {
        this.transactions = serdes.transactions().deserializer();
        this.accountEvents = serdes.accountEvents().deserializer();
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.finalDayStore = context.getStateStore(FeatureTopology.CLOCK_STORE);
        Integer finalDay = finalDayStore.get(FINAL_DAY_KEY);
        long wait = settings.inputWait().toMillis();
        this.clock = new InputClock(2, settings.graceDays(), wait, finalDay == null ? EventDays.NONE : finalDay);
        context.schedule(Duration.ofMillis(Math.max(10, wait / TICKS_PER_WAIT)), PunctuationType.WALL_CLOCK_TIME,
                this::advanceClock);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        AccountRecord<AccountInput> decoded = AccountRecord.decode(source.topic(), record.key(), record.value(),
                this::decode, AccountInput::accountId);
        if (decoded instanceof AccountRecord.Refused<AccountInput> refused) {
            reject(record, source, DeadLetterReason.valueOf(refused.refusal().name()), refused.detail());
            return;
        }
        long accountId = ((AccountRecord.Decoded<AccountInput>) decoded).accountId();
        AccountInput input = ((AccountRecord.Decoded<AccountInput>) decoded).value();
        int day = EventDays.dayOf(input.eventDate());
        clock.observe(input instanceof AccountInput.TransactionInput ? TRANSACTIONS_INPUT : ACCOUNT_EVENTS_INPUT, day,
                context.currentSystemTimeMs());
        int finalDay = clock.finalDay();
        if (day <= finalDay) {
            reject(record, source, DeadLetterReason.LATE, "event date " + input.eventDate() + " is beyond the grace period of "
                    + settings.graceDays() + " day(s): days up to " + EventDays.dateOf(finalDay) + " are final");
            return;
        }
        // A new record rather than record.withKey(..).withValue(..): each of those copies the input's headers (the
        // replay's id), which nothing downstream reads.
        context.forward(new Record<>(accountId, input, record.timestamp()), FeatureTopology.ACCOUNT_PROCESSOR);
        advanceClock(context.currentSystemTimeMs());
    }

    private void advanceClock(long now) {
        int before = clock.finalDay();
        int after = clock.advance(now);
        if (after > before) {
            LOG.debugf("Task %s at %d: %s", context.taskId(), now, clock);
            finalDayStore.put(FINAL_DAY_KEY, after);
            context.forward(new Record<>(null, new Admitted.DaysFinal(after), EventDays.timestampOf(after)),
                    FeatureTopology.ACCOUNT_PROCESSOR);
        }
    }

    /** Values are in Confluent's wire format (schema id in the payload), as the contract says; headers are not read. */
    private AccountInput decode(String topic, byte[] value) {
        if (topic.equals(Topics.TRANSACTIONS.name())) {
            return new AccountInput.TransactionInput(transactions.deserialize(topic, value));
        }
        return new AccountInput.AccountEventInput(accountEvents.deserialize(topic, value));
    }

    private void reject(Record<byte[], byte[]> record, RecordMetadata source, DeadLetterReason reason, String detail) {
        DeadLetter deadLetter = DeadLetters.of(SERVICE, source.topic(), source.partition(), source.offset(),
                record.key(), record.value(), reason.name() + ": " + detail, Instant.now());
        metrics.deadLetter(source.topic(), reason);
        context.forward(record.withValue((Object) deadLetter), FeatureTopology.DEAD_LETTER_SINK);
    }
}
