package dev.bankstream.feature.topology;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.ClosedDays;
import dev.bankstream.feature.behaviour.EventDays;
import dev.bankstream.feature.behaviour.ReferenceData;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.LoanSnapshot;

/**
 * Keeps every account's state and emits what final days changed.
 *
 * <p>Emission rule. {@link InputAdmission} declares days final as event time moves on (see {@link InputClock}: with
 * grace G days and both inputs on day T, days up to F = T - G - 1) and admits no event dated on them any more. Each
 * time the final day moves on to F, every account with something due on or before F (found through the
 * {@link EmissionSchedule}, so quiet accounts are flushed too) emits one behaviour snapshot per day on which something
 * happened to it, as of the end of that day, and one loan snapshot per loan granted on day F+1 or earlier, as of the
 * end of the day before the grant. Hence at most one behaviour snapshot per account per event day, each complete and
 * never revised.
 */
final class AccountBehaviourProcessor implements Processor<Long, Admitted, Object, Object> {

    private final FeatureMetrics metrics;
    private final AtomicLong referenceChanges;
    private ProcessorContext<Object, Object> context;
    private AccountStore accounts;
    private EmissionSchedule schedule;
    private ReferenceData reference;

    AccountBehaviourProcessor(FeatureMetrics metrics, AtomicLong referenceChanges) {
        this.metrics = metrics;
        this.referenceChanges = referenceChanges;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.accounts = context.getStateStore(FeatureTopology.ACCOUNT_STORE);
        // The schedule follows from the accounts' states, which the task has restored before its processors start.
        this.schedule = new EmissionSchedule();
        try (KeyValueIterator<Long, AccountState> all = accounts.all()) {
            all.forEachRemaining(account -> schedule.reschedule(account.key, EventDays.NONE, account.value.dueDay()));
        }
        this.reference = new CachedReferenceData(new StoreReferenceData(context.getStateStore(FeatureTopology.DISTRICTS_STORE),
                context.getStateStore(FeatureTopology.CLIENTS_STORE)), referenceChanges, FeatureTopology.CACHED_ACCOUNTS_PER_TASK);
    }

    @Override
    public void process(Record<Long, Admitted> record) {
        if (record.value() instanceof Admitted.DaysFinal daysFinal) {
            closeFinalDays(daysFinal.day());
            return;
        }
        long accountId = record.key();
        AccountInput input = (AccountInput) record.value();
        AccountState state = accounts.state(accountId);
        if (state == null) {
            state = new AccountState(accountId);
        }
        int dueBefore = state.dueDay();
        input.applyTo(state);
        schedule.reschedule(accountId, dueBefore, state.dueDay());
        accounts.changed(state);
    }

    private void closeFinalDays(int finalDay) {
        for (EmissionSchedule.Entry due : schedule.dueThrough(finalDay)) {
            AccountState state = accounts.state(due.accountId());
            int dueBefore = state.dueDay();
            long beforeOpening = state.settledTransactionsBeforeOpening();
            ClosedDays closed = state.closeThrough(finalDay, reference);
            // Counted once their day is final: a transaction may arrive before its account's opening of the same or
            // an earlier day (the two come from different partitions) without being booked before it.
            metrics.unopenedTransactions(state.settledTransactionsBeforeOpening() - beforeOpening);
            for (AccountBehaviour behaviour : closed.behaviours()) {
                long timestamp = EventDays.timestampOf(EventDays.dayOf(behaviour.getAsOfDate()));
                context.forward(new Record<>(due.accountId(), behaviour, timestamp), FeatureTopology.BEHAVIOUR_SINK);
            }
            for (LoanSnapshot snapshot : closed.loanSnapshots()) {
                long timestamp = EventDays.timestampOf(EventDays.dayOf(snapshot.getGrantedOn()));
                context.forward(new Record<>(snapshot.getLoanId(), snapshot, timestamp), FeatureTopology.LOAN_SNAPSHOT_SINK);
            }
            metrics.snapshots(closed.behaviours().size(), closed.loanSnapshots().size());
            schedule.reschedule(due.accountId(), dueBefore, state.dueDay());
            accounts.changed(state);
        }
    }
}
