package dev.bankstream.feature.topology;

import java.time.Duration;
import java.util.OptionalInt;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.ClosedDays;
import dev.bankstream.feature.behaviour.EventDays;
import dev.bankstream.feature.behaviour.ReferenceData;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.LoanSnapshot;

/**
 * Keeps every account's state and emits what final days changed.
 *
 * <p>Emission rule. With grace G days and the task's stream time on day T, days up to F = T - G - 1 are final: no
 * event dated on them is admitted any more ({@link InputAdmission}). Each time stream time reaches a new day, every
 * account with something due on or before F (found through the {@link EmissionSchedule}, so quiet accounts are
 * flushed too) emits one behaviour snapshot per day on which something happened to it, as of the end of that day,
 * and one loan snapshot per loan granted on day F+1 or earlier, as of the end of the day before the grant. Hence at
 * most one behaviour snapshot per account per event day, each complete and never revised.
 */
final class AccountBehaviourProcessor implements Processor<Long, AccountInput, Object, Object> {

    private final int graceDays;
    private final FeatureMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<Long, AccountState> accounts;
    private EmissionSchedule schedule;
    private ReferenceData reference;

    AccountBehaviourProcessor(int graceDays, FeatureMetrics metrics) {
        this.graceDays = graceDays;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.accounts = context.getStateStore(FeatureTopology.ACCOUNT_STORE);
        this.schedule = new EmissionSchedule(context.getStateStore(FeatureTopology.SCHEDULE_STORE));
        this.reference = new StoreReferenceData(context.getStateStore(FeatureTopology.DISTRICTS_STORE),
                context.getStateStore(FeatureTopology.CLIENTS_STORE));
        context.schedule(Duration.ofDays(1), PunctuationType.STREAM_TIME, this::closeFinalDays);
    }

    @Override
    public void process(Record<Long, AccountInput> record) {
        long accountId = record.key();
        AccountState state = accounts.get(accountId);
        if (state == null) {
            state = new AccountState(accountId);
        }
        OptionalInt dueBefore = state.dueDay();
        record.value().applyTo(state);
        if (record.value() instanceof AccountInput.TransactionInput && !state.opened()) {
            metrics.unopenedTransaction();
        }
        schedule.reschedule(accountId, dueBefore, state.dueDay());
        accounts.put(accountId, state);
    }

    private void closeFinalDays(long streamTime) {
        int finalDay = EventDays.dayOfTimestamp(streamTime) - graceDays - 1;
        for (EmissionSchedule.Entry due : schedule.dueThrough(finalDay)) {
            AccountState state = accounts.get(due.accountId());
            OptionalInt dueBefore = state.dueDay();
            ClosedDays closed = state.closeThrough(finalDay, reference);
            for (AccountBehaviour behaviour : closed.behaviours()) {
                long timestamp = EventDays.timestampOf(EventDays.dayOf(behaviour.getAsOfDate()));
                context.forward(new Record<>(due.accountId(), behaviour, timestamp), FeatureTopology.BEHAVIOUR_SINK);
                metrics.behaviourSnapshot();
            }
            for (LoanSnapshot snapshot : closed.loanSnapshots()) {
                long timestamp = EventDays.timestampOf(EventDays.dayOf(snapshot.getGrantedOn()));
                context.forward(new Record<>(snapshot.getLoanId(), snapshot, timestamp), FeatureTopology.LOAN_SNAPSHOT_SINK);
                metrics.loanSnapshot();
            }
            schedule.reschedule(due.accountId(), dueBefore, state.dueDay());
            accounts.put(due.accountId(), state);
        }
    }
}
