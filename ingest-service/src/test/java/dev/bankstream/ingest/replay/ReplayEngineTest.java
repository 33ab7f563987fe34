package dev.bankstream.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.berka.BerkaFolder;
import dev.bankstream.platform.KafkaBroker;
import dev.bankstream.platform.Ports;
import dev.bankstream.schemas.IngestReject;
import dev.bankstream.schemas.ReplayState;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.testsupport.KafkaPlatformExtension;
import dev.bankstream.testsupport.TestPlatform;

/** The replay against a real broker and registry: order, timestamps, rejects, resume, and a broker that goes away. */
@ExtendWith(KafkaPlatformExtension.class)
class ReplayEngineTest {

    /** BerkaFolder.small() has four transactions of its own. */
    private static final int SMALL_FOLDER_TRANSACTIONS = 4;
    private static final ReplayEngine.CommitPolicy SMALL_TRANSACTIONS = new ReplayEngine.CommitPolicy(100, 60_000);

    @TempDir
    Path work;

    @Test
    void publishesEveryEventInEventTimeOrderWithBusinessTimestampsAndRejectsTheBadLine(TestPlatform platform) throws IOException {
        // Given the small Berka folder with one malformed transaction line (line 6 of trans.asc)
        Path data = BerkaFolder.small().addTransactions("1005;1;930299;\"PRIJEM\";\"VKLAD\";5.00;706.20;\"\";;").writeTo(folder("data"));
        ReplayOptions options = options(data, null);

        // When it is replayed
        ReplayProgress progress = replay(platform, platform.bootstrapServers(), options, () -> false, SMALL_TRANSACTIONS);

        // Then every good line is an event on its topic, timestamped with its business date, in date order per account
        assertThat(progress.state()).isEqualTo(ReplayState.COMPLETED);
        var transactions = PublishedRecords.of(platform, platform.bootstrapServers(), Topics.TRANSACTIONS, options.replayId());
        assertThat(transactions).extracting(r -> r.value().getTransactionId()).containsExactlyInAnyOrder(1001L, 1002L, 1003L, 1004L);
        assertThat(transactions).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().getAccountId());
            assertThat(r.timestamp()).isEqualTo(midnightUtc(r.value().getBookingDate()));
        });
        assertThat(transactions.stream().filter(r -> r.key() == 1L).map(ConsumerRecord::timestamp).toList()).isSorted();
        assertThat(PublishedRecords.of(platform, platform.bootstrapServers(), Topics.DISTRICTS, options.replayId())).hasSize(2);
        assertThat(PublishedRecords.of(platform, platform.bootstrapServers(), Topics.CLIENTS, options.replayId())).hasSize(3);
        assertThat(PublishedRecords.of(platform, platform.bootstrapServers(), Topics.ACCOUNT_EVENTS, options.replayId()))
                .hasSize(2 + 3 + 2 + 1 + 1);
        assertThat(PublishedRecords.of(platform, platform.bootstrapServers(), Topics.LOAN_OUTCOMES, options.replayId())).hasSize(1);
        assertThat(progress.snapshot().eventsPerTopic()).containsEntry(Topics.TRANSACTIONS.name(), 4L);

        // And the bad line is in the rejects topic and file with its file, line number, raw text and reason
        List<IngestReject> rejects = PublishedRecords.of(platform, platform.bootstrapServers(), Topics.INGEST_REJECTS, null).stream()
                .map(ConsumerRecord::value).filter(r -> r.getReplayId().equals(options.replayId())).toList();
        assertThat(rejects).singleElement().satisfies(reject -> {
            assertThat(reject.getFile()).isEqualTo("trans.asc");
            assertThat(reject.getLineNumber()).isEqualTo(6);
            assertThat(reject.getRawLine()).contains("930299");
            assertThat(reject.getReason()).containsIgnoringCase("date");
        });
        assertThat(Files.readAllLines(options.rejectsFile())).hasSize(2).last().asString().startsWith("\"trans.asc\",6,");
    }

    @Test
    void aStoppedReplayResumesWithoutPublishingAnEventTwice(TestPlatform platform) throws IOException {
        // Given a folder with 2,000 transactions, replayed in transactions of 100 events
        Path data = manyTransactions(2_000);
        ReplayOptions options = options(data, null);

        // When it is stopped after 700 events and started again with the same id
        ReplayProgress first = replay(platform, platform.bootstrapServers(), options, stopAfter(700), SMALL_TRANSACTIONS);
        ReplayProgress second = replay(platform, platform.bootstrapServers(), options, () -> false, SMALL_TRANSACTIONS);

        // Then the first stopped part-way, the second finished, and every transaction is on the topic exactly once
        assertThat(first.state()).isEqualTo(ReplayState.STOPPED);
        assertThat(second.state()).isEqualTo(ReplayState.COMPLETED);
        assertThat(second.snapshot().eventsSkippedOnResume()).isEqualTo(first.eventsPublished());
        assertEveryTransactionExactlyOnce(platform, options.replayId(), 2_000 + SMALL_FOLDER_TRANSACTIONS);
    }

    @Test
    void aCrashMidTransactionLosesNothingAndDuplicatesNothing(TestPlatform platform) throws IOException {
        // Given a replay that dies abruptly (no commit, no abort) in the middle of a transaction
        Path data = manyTransactions(1_500);
        ReplayOptions options = options(data, null);
        ReplayProgress crashed = new ReplayProgress(options);
        try {
            engine(platform.bootstrapServers(), platform, SMALL_TRANSACTIONS).run(options, crashed, () -> {
                if (crashed.eventsPublished() >= 450) {
                    throw new SimulatedCrash();
                }
                return false;
            });
        } catch (SimulatedCrash expected) {
            // The process "died" with ~50 events sent in an open transaction.
        }

        // When the replay is started again with its id
        ReplayProgress resumed = replay(platform, platform.bootstrapServers(), options, () -> false, SMALL_TRANSACTIONS);

        // Then the open transaction was aborted, the resume began at the last checkpoint, and nothing is doubled
        assertThat(resumed.state()).isEqualTo(ReplayState.COMPLETED);
        assertThat(resumed.snapshot().eventsSkippedOnResume()).isLessThan(450);
        assertEveryTransactionExactlyOnce(platform, options.replayId(), 1_500 + SMALL_FOLDER_TRANSACTIONS);
    }

    @Test
    void resumingAgainstADifferentFolderIsRefused(TestPlatform platform) throws IOException {
        Path data = manyTransactions(300);
        ReplayOptions options = options(data, null);
        replay(platform, platform.bootstrapServers(), options, stopAfter(100), SMALL_TRANSACTIONS);
        Files.writeString(data.resolve("extra.txt"), "a file that was not there before");

        ReplayProgress resumed = replay(platform, platform.bootstrapServers(), options, () -> false, SMALL_TRANSACTIONS);

        assertThat(resumed.state()).isEqualTo(ReplayState.FAILED);
        assertThat(resumed.snapshot().error()).contains("read other files");
    }

    @Test
    void aBrokerThatGoesAwayFailsTheReplaySayingWhereItStopped(TestPlatform platform) throws Exception {
        // Given a paced replay against a broker of its own
        int port = Ports.free();
        KafkaBroker broker = KafkaBroker.start(work.resolve("broker"), port, Ports.free());
        Path data = manyTransactions(400);
        ReplayOptions options = new ReplayOptions("away-" + UUID.randomUUID(), data, 86_400.0 * 20, null, null, null,
                work.resolve("away.rejects.csv"));
        ReplayProgress progress = new ReplayProgress(options);
        Map<String, Object> impatient = new HashMap<>(Map.of(
                "bootstrap.servers", broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 4_000));
        Thread replay = new Thread(() -> new ReplayEngine(impatient, platform.registryUrl(), new ReplayEngine.CommitPolicy(50, 500), (short) 1)
                .run(options, progress, () -> false));
        replay.start();

        // When the broker stops while events are flowing
        while (progress.eventsPublished() < 100 && replay.isAlive()) {
            Thread.sleep(20);
        }
        broker.close();
        replay.join(60_000);

        // Then the replay failed, naming Kafka, the event and the source line it was at, and how to resume
        assertThat(progress.state()).isEqualTo(ReplayState.FAILED);
        assertThat(progress.snapshot().error())
                .contains("Kafka (" + broker.bootstrapServers() + ") failed while publishing event")
                .contains("trans.asc:")
                .contains("replay id " + options.replayId());
    }

    private void assertEveryTransactionExactlyOnce(TestPlatform platform, String replayId, int expected) {
        List<Long> ids = PublishedRecords.of(platform, platform.bootstrapServers(), Topics.TRANSACTIONS, replayId).stream()
                .map(r -> r.value().getTransactionId()).toList();
        assertThat(ids).hasSize(expected).doesNotHaveDuplicates();
    }

    private ReplayProgress replay(TestPlatform platform, String bootstrap, ReplayOptions options, BooleanSupplier stop,
            ReplayEngine.CommitPolicy policy) {
        ReplayProgress progress = new ReplayProgress(options);
        engine(bootstrap, platform, policy).run(options, progress, stop);
        return progress;
    }

    private static ReplayEngine engine(String bootstrap, TestPlatform platform, ReplayEngine.CommitPolicy policy) {
        return new ReplayEngine(Map.of("bootstrap.servers", bootstrap), platform.registryUrl(), policy, (short) 1);
    }

    private ReplayOptions options(Path data, Double speed) {
        String id = "test-" + UUID.randomUUID();
        return new ReplayOptions(id, data, speed, null, null, null, work.resolve(id + ".rejects.csv"));
    }

    private static BooleanSupplier stopAfter(long events) {
        long[] calls = {0};
        return () -> ++calls[0] > events;
    }

    /** The small folder plus {@code count} cash deposits on account 1, a few per day from 1993-03-01. */
    private Path manyTransactions(int count) throws IOException {
        List<String> lines = new ArrayList<>();
        LocalDate day = LocalDate.of(1993, 3, 1);
        for (int i = 0; i < count; i++) {
            LocalDate date = day.plusDays(i / 5);
            String yymmdd = String.format("%02d%02d%02d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth());
            lines.add((10_000 + i) + ";1;" + yymmdd + ";\"PRIJEM\";\"VKLAD\";1.00;" + (702 + i) + ".20;\"\";;");
        }
        return BerkaFolder.small().addTransactions(lines.toArray(String[]::new)).writeTo(folder("data-" + count));
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private static long midnightUtc(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }
}
