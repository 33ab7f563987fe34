package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.credit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.EventDays;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.TransactionKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The emission schedule is kept in memory only: a restarted task rebuilds it from the account store. */
class RestartedTaskTest {

    private static final long ACCOUNT = 401;

    @Test
    void anAccountDueBeforeARestartEmitsItsSnapshotAfterIt() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        // Given a store restored with an account that had a transaction on day 3, its day not yet final
        AccountStore accounts = store(context, AccountStore.builder(Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(FeatureTopology.ACCOUNT_STORE), Serdes.Long(), StateSerdes.accountState())
                .withLoggingDisabled(), FeatureTopology.CACHED_ACCOUNTS_PER_TASK).build());
        AccountState state = new AccountState(ACCOUNT);
        state.apply(credit(ACCOUNT, 3, TransactionKind.CASH_DEPOSIT, "100", "100"));
        accounts.changed(state);
        accounts.flushCache();
        store(context, Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(FeatureTopology.DISTRICTS_STORE),
                Serdes.Integer(), StateSerdes.districtProfile()).withLoggingDisabled().build());
        store(context, Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(FeatureTopology.CLIENTS_STORE),
                Serdes.Long(), StateSerdes.clientProfile()).withLoggingDisabled().build());

        // When a new processor starts on it and day 3 becomes final
        AccountBehaviourProcessor processor = new AccountBehaviourProcessor(new FeatureMetrics(new SimpleMeterRegistry()),
                new AtomicLong());
        processor.init(context);
        int day3 = EventDays.dayOf(Fixtures.day(3));
        processor.process(new Record<>(null, new Admitted.DaysFinal(day3), EventDays.timestampOf(day3)));

        // Then the account's snapshot of day 3 comes out
        assertThat(context.forwarded()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.record().key()).isEqualTo(ACCOUNT);
            assertThat(((AccountBehaviour) forwarded.record().value()).getAsOfDate()).isEqualTo(Fixtures.day(3));
        });
    }

    private static <S extends StateStore> S store(MockProcessorContext<Object, Object> context, S store) {
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }
}
