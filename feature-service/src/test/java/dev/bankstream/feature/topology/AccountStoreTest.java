package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.credit;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.schemas.TransactionKind;

/** Decoded states reach the bytes store at each flush before a commit, and never outlive a dirty close. */
class AccountStoreTest {

    private static final int CAPACITY = 2;

    private final AccountStore store = AccountStore.builder(Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(FeatureTopology.ACCOUNT_STORE), Serdes.Long(), StateSerdes.accountState())
            .withLoggingDisabled(), CAPACITY).build();

    AccountStoreTest() {
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aChangedAccountIsWrittenAtTheFlushBeforeACommitAndReadInPlaceUntilThen() {
        // Given an account changed twice in place
        AccountState state = withTransactions(1, 1);
        store.changed(state);
        store.state(1).apply(credit(1, 0, TransactionKind.CASH_DEPOSIT, "1", "2"));
        store.changed(state);

        // Then queries, which read the bytes store, do not see it before the flush
        assertThat(store.get(1L)).isNull();
        assertThat(store.state(1)).isSameAs(state);

        // When the caches are flushed (before every commit), then its latest state is in the bytes store
        store.flushCache();
        assertThat(store.get(1L).transactionCount()).isEqualTo(2);
    }

    @Test
    void aDirtyCloseDropsWhatWasNotFlushed() {
        // Given an account committed with one transaction, then changed without a commit
        store.changed(withTransactions(1, 1));
        store.flushCache();
        store.state(1).apply(credit(1, 0, TransactionKind.CASH_DEPOSIT, "1", "2"));
        store.changed(store.state(1));

        // When the uncommitted writes are dropped (exactly-once: the transaction aborts)
        store.clearCache();

        // Then the account is as committed
        assertThat(store.state(1).transactionCount()).isEqualTo(1);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedAccountIsWrittenAndDropped() {
        // Given three changed accounts, one more than the layer holds
        store.changed(withTransactions(1, 1));
        store.changed(withTransactions(2, 2));
        store.changed(withTransactions(3, 3));

        // Then the first went to the bytes store before any flush, and every account is still there
        assertThat(store.get(1L).transactionCount()).isEqualTo(1);
        assertThat(store.state(1).transactionCount()).isEqualTo(1);
        assertThat(store.state(2).transactionCount()).isEqualTo(2);
        assertThat(store.state(3).transactionCount()).isEqualTo(3);
    }

    private static AccountState withTransactions(long accountId, int transactions) {
        AccountState state = new AccountState(accountId);
        for (int i = 0; i < transactions; i++) {
            state.apply(credit(accountId, 0, TransactionKind.CASH_DEPOSIT, "1", Integer.toString(i + 1)));
        }
        return state;
    }
}
