package dev.bankstream.feature.topology;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

import dev.bankstream.feature.behaviour.AccountState;

/**
 * The account store: decoded {@link AccountState} objects in front of the changelogged store of their bytes.
 *
 * <p>An account's state is read and changed for every input record; decoding and re-encoding it whole each time was
 * a fifth of the stream thread's time. Here the processor works on the objects, and a changed account is encoded and
 * written to the store once, when Kafka Streams flushes the store's caches before every commit ({@link #flushCache}),
 * so that the changelog holds every account as of each committed offset, as exactly-once needs. The objects are
 * dropped whenever uncommitted writes are (a dirty close clears the caches; init and close), so they never run
 * ahead of the store after a failure. At most {@code capacity} accounts are held; the least recently used one is
 * written (if changed) and dropped to make room.
 *
 * <p>Interactive queries run on other threads: they read the bytes store (every account as of the last flush), never
 * the objects the stream thread is changing. The layer is deliberately not a {@link KeyValueStore}, so that the
 * processor gets it undecorated from its context and uses {@link #state} and {@link #changed}.
 */
final class AccountStore extends WrappedStateStore<KeyValueStore<Long, AccountState>, Long, AccountState>
        implements ReadOnlyKeyValueStore<Long, AccountState> {

    /**
     * An account's object and whether it changed since the last write. The flag sits with the object, not in a set
     * of changed ids: adding every input record's account to a set and clearing it at each commit was 5 % of the
     * stream thread.
     */
    private static final class Cached {
        final AccountState state;
        boolean changed;

        Cached(AccountState state) {
            this.state = state;
        }
    }

    private final Map<Long, Cached> states;

    private AccountStore(KeyValueStore<Long, AccountState> bytes, int capacity) {
        super(bytes);
        this.states = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
                if (size() <= capacity) {
                    return false;
                }
                write(eldest.getValue());
                return true;
            }
        };
    }

    /** Wraps what {@code bytes} builds (metered, logged, RocksDB) in an object layer of {@code capacity} accounts. */
    static StoreBuilder<AccountStore> builder(StoreBuilder<KeyValueStore<Long, AccountState>> bytes, int capacity) {
        return new Builder(bytes, capacity);
    }

    /** The account's state to change in place (then call {@link #changed}), or null for an account never seen. */
    AccountState state(long accountId) {
        Cached cached = states.get(accountId);
        if (cached == null) {
            AccountState stored = wrapped().get(accountId);
            if (stored == null) {
                return null;
            }
            cached = new Cached(stored);
            states.put(accountId, cached);
        }
        return cached.state;
    }

    /** The account's state changed: it is written to the store at the next flush. */
    void changed(AccountState state) {
        Cached cached = states.get(state.accountId());
        if (cached == null || cached.state != state) {
            cached = new Cached(state);
            states.put(state.accountId(), cached);
        }
        cached.changed = true;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        dropObjects();
        super.init(context, root);
    }

    @Override
    public void flushCache() {
        writeChanged();
        super.flushCache();
    }

    /** Kafka Streams flushes the caches first; writing here too makes every flush persist, whoever calls it. */
    @Override
    public void flush() {
        writeChanged();
        super.flush();
    }

    @Override
    public void clearCache() {
        dropObjects();
        super.clearCache();
    }

    @Override
    public void close() {
        dropObjects();
        super.close();
    }

    @Override
    public AccountState get(Long accountId) {
        return wrapped().get(accountId);
    }

    @Override
    public KeyValueIterator<Long, AccountState> range(Long from, Long to) {
        return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<Long, AccountState> all() {
        return wrapped().all();
    }

    @Override
    public long approximateNumEntries() {
        return wrapped().approximateNumEntries();
    }

    private void writeChanged() {
        for (Cached cached : states.values()) {
            write(cached);
        }
    }

    private void write(Cached cached) {
        if (cached.changed) {
            wrapped().put(cached.state.accountId(), cached.state);
            cached.changed = false;
        }
    }

    private void dropObjects() {
        states.clear();
    }

    private record Builder(StoreBuilder<KeyValueStore<Long, AccountState>> bytes, int capacity)
            implements StoreBuilder<AccountStore> {

        @Override
        public StoreBuilder<AccountStore> withCachingEnabled() {
            bytes.withCachingEnabled();
            return this;
        }

        @Override
        public StoreBuilder<AccountStore> withCachingDisabled() {
            bytes.withCachingDisabled();
            return this;
        }

        @Override
        public StoreBuilder<AccountStore> withLoggingEnabled(Map<String, String> config) {
            bytes.withLoggingEnabled(config);
            return this;
        }

        @Override
        public StoreBuilder<AccountStore> withLoggingDisabled() {
            bytes.withLoggingDisabled();
            return this;
        }

        @Override
        public AccountStore build() {
            return new AccountStore(bytes.build(), capacity);
        }

        @Override
        public Map<String, String> logConfig() {
            return bytes.logConfig();
        }

        @Override
        public boolean loggingEnabled() {
            return bytes.loggingEnabled();
        }

        @Override
        public String name() {
            return bytes.name();
        }
    }
}
