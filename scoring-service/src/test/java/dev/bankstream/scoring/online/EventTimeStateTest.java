package dev.bankstream.scoring.online;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTimeStateTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @TempDir
    Path stateDir;

    private KeyValueStore<Bytes, byte[]> store;
    private EventTimeState<String> states;

    /** Both kinds of store, as the key layout relies on their byte order. */
    private void open(DecisionStores kind) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "event-time-state-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        store = Stores.keyValueStoreBuilder(kind.supplier("states"), Serdes.Bytes(), Serdes.ByteArray())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile())
                .getStateStoreContext(), store);
        states = new EventTimeState<>(store, new StringSerializer());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void aSnapshotIsDecidedAgainstTheVersionInEffectTheDayBeforeIt(DecisionStores kind) {
        open(kind);
        decide("41/NEGATIVE_BALANCE_DAYS", 3, "low");
        decide("41/NEGATIVE_BALANCE_DAYS", 9, "high");

        EventTimeState.Prior again = states.prior("41/NEGATIVE_BALANCE_DAYS", 9 * DAY);

        assertThat(text(again.before())).isEqualTo("low");
        assertThat(text(again.recordedAt())).isEqualTo("high");
        assertThat(again.superseded()).isFalse();
        assertThat(states.prior("41/NEGATIVE_BALANCE_DAYS", 5 * DAY).superseded()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void keysOfDifferentLengthsKeepTheirVersionsApart(DecisionStores kind) {
        open(kind);
        decide("4/A", 5, "four");
        decide("4/AB", 10, "four-b");
        decide("4", 20, "bare");

        assertThat(text(states.prior("4/A", 30 * DAY).before())).isEqualTo("four");
        assertThat(text(states.prior("4/AB", 30 * DAY).before())).isEqualTo("four-b");
        assertThat(states.prior("4", 15 * DAY).before()).as("before the bare key's first version").isNull();
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void aVersionIsForgottenOnceALaterOneIsInEffectAHistoryAgo(DecisionStores kind) {
        open(kind);
        decide("41", 0, "first");
        decide("41", 400, "second");
        assertThat(entries()).as("the first is still in effect a history before the second").hasSize(2);

        decide("41", 800, "third");

        assertThat(entries()).as("the second and the third").hasSize(2);
        assertThat(text(states.prior("41", 401 * DAY).before())).isEqualTo("second");
    }

    @ParameterizedTest
    @EnumSource(DecisionStores.class)
    void aDayThatDecidesNothingOnSecondThoughtsLeavesTheStateBeforeIt(DecisionStores kind) {
        open(kind);
        decide("41", 3, "low");
        decide("41", 9, "high");
        EventTimeState.Prior again = states.prior("41", 9 * DAY);

        states.record(again, null);

        EventTimeState.Prior after = states.prior("41", 10 * DAY);
        assertThat(text(after.before())).isEqualTo("low");
    }

    private void decide(String key, long day, String state) {
        states.record(states.prior(key, day * DAY), state.getBytes(StandardCharsets.UTF_8));
    }

    private List<Bytes> entries() {
        List<Bytes> keys = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
