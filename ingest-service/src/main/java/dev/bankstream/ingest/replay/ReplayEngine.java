package dev.bankstream.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicAdmin;
import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.ReadOptions;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;
import dev.bankstream.schemas.IngestReject;
import dev.bankstream.schemas.ReplayCheckpoint;
import dev.bankstream.schemas.ReplayState;

/**
 * Replays a data set onto Kafka: reference tables first, then account events and transactions in event-time order,
 * then loan outcomes at the data set's as-of date. Events go out in Kafka transactions together with a checkpoint,
 * so a stopped or crashed replay resumes (same replay id) without publishing an event twice.
 */
public final class ReplayEngine {

    private static final Logger LOG = Logger.getLogger(ReplayEngine.class);

    private final Map<String, Object> kafkaConfig;
    private final String registryUrl;
    private final CommitPolicy commitPolicy;
    private final short replicationFactor;

    /** A transaction is committed after this many events or this much time, whichever comes first. */
    public record CommitPolicy(int events, long millis) {
    }

    /** @param replicationFactor for the contract's topics when this replay has to create them */
    public ReplayEngine(Map<String, Object> kafkaConfig, String registryUrl, CommitPolicy commitPolicy, short replicationFactor) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.registryUrl = registryUrl;
        this.commitPolicy = commitPolicy;
        this.replicationFactor = replicationFactor;
    }

    /** Runs the replay to its end, to a stop request, or to a failure; the outcome is in {@code progress}. */
    public void run(ReplayOptions options, ReplayProgress progress, BooleanSupplier stopRequested) {
        String fingerprint = fingerprint(options.dataSet());
        try (Publisher publisher = new Publisher(kafkaConfig, registryUrl, options.replayId())) {
            Run run = new Run(options, progress, publisher, fingerprint);
            try {
                run.execute(stopRequested);
            } catch (KafkaException e) {
                String where = "Kafka (" + kafkaConfig.get("bootstrap.servers") + ") failed while publishing event "
                        + (run.sequence + 1) + (run.lastPosition == null ? "" : " (" + run.lastPosition + ")");
                fail(progress, where + ": " + e.getMessage() + ". Nothing after checkpoint " + run.committedSequence
                        + " counts; run again with replay id " + options.replayId() + " to resume.", e);
                run.abortQuietly();
            } catch (RuntimeException e) {
                fail(progress, "Replay " + options.replayId() + " failed at event " + (run.sequence + 1)
                        + (run.lastPosition == null ? "" : " (" + run.lastPosition + ")") + ": " + e.getMessage(), e);
                run.abortQuietly();
            }
        } catch (RuntimeException e) {
            fail(progress, "Replay " + options.replayId() + " could not start: " + e.getMessage(), e);
        }
    }

    private static void fail(ReplayProgress progress, String message, Exception cause) {
        LOG.error(message, cause);
        progress.end(ReplayState.FAILED, message);
    }

    /** Names and sizes of the folder's files: enough to notice that a resumed replay would read something else. */
    static String fingerprint(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted()
                    .map(file -> file.getFileName() + ":" + size(file))
                    .collect(Collectors.joining(","));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the data set folder " + folder, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One execution of a replay: its sequence counters, open transaction and rejects file. */
    private final class Run implements RejectSink {

        private final ReplayOptions options;
        private final ReplayProgress progress;
        private final Publisher publisher;
        private final String fingerprint;
        private final Pacer pacer;
        private long skipEvents;
        private long skipRejects;
        private long sequence;
        private long rejectSequence;
        private long committedSequence;
        private long uncommitted;
        private long lastCommitMillis;
        private LocalDate lastDate;
        private SourcePosition lastPosition;
        private RejectsFile rejectsFile;
        private volatile RejectSink rejectTarget = this::handleReject;
        private boolean inTransaction;

        Run(ReplayOptions options, ReplayProgress progress, Publisher publisher, String fingerprint) {
            this.options = options;
            this.progress = progress;
            this.publisher = publisher;
            this.fingerprint = fingerprint;
            this.pacer = new Pacer(options.speed());
        }

        void execute(BooleanSupplier stop) {
            createMissingTopics();
            publisher.initTransactions();
            Optional<ReplayCheckpoint> checkpoint = new CheckpointStore((String) kafkaConfig.get("bootstrap.servers"),
                    () -> AvroSerdes.valueSerde(Topics.INGEST_CHECKPOINTS, registryUrl)).latest(options.replayId());
            checkpoint.ifPresent(this::resumeFrom);
            rejectsFile = RejectsFile.open(options.rejectsFile(), skipRejects);
            try {
                begin();
                ReadOptions readOptions = ReadOptions.defaults().withAsOfDate(options.asOfDate());
                try (BankDataSet data = BankDataSet.open(options.dataSet(), this, readOptions)) {
                    LocalDate end = options.until() == null || options.until().isAfter(data.asOfDate())
                            ? data.asOfDate() : options.until();
                    progress.dataSetOpened(data.format(), data.generated(), options.from(), end);
                    boolean stopped = publishAll(data, stop);
                    progress.filesRead(data.counts());
                    commit(stopped ? ReplayState.STOPPED : ReplayState.COMPLETED);
                    progress.end(stopped ? ReplayState.STOPPED : ReplayState.COMPLETED, null);
                    LOG.infof("Replay %s %s: %d events published, %d rejects (%s)%s", options.replayId(),
                            stopped ? "stopped" : "completed", progress.eventsPublished(), progress.rejects(),
                            options.rejectsFile(), data.generated() ? " - GENERATED data" : "");
                }
            } finally {
                rejectsFile.close();
            }
        }

        /** On a cluster that has not seen Bankstream yet, the contract's topics are created first. */
        private void createMissingTopics() {
            try (Admin admin = Admin.create(kafkaConfig)) {
                List<String> created = TopicAdmin.createMissing(admin, replicationFactor);
                if (!created.isEmpty()) {
                    LOG.infof("Created topics %s", created);
                }
            } catch (ExecutionException e) {
                throw new KafkaException("Could not create the contract's topics: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KafkaException("Interrupted while creating topics", e);
            }
        }

        private void resumeFrom(ReplayCheckpoint checkpoint) {
            if (checkpoint.getState() == ReplayState.COMPLETED) {
                throw new IllegalStateException("Replay " + options.replayId() + " already completed ("
                        + checkpoint.getEventsPublished() + " events); use a new replay id to replay again");
            }
            if (!checkpoint.getDataSetFingerprint().equals(fingerprint)) {
                throw new IllegalStateException("Replay " + options.replayId() + " read other files ("
                        + checkpoint.getDataSet() + "); resuming it against " + options.dataSet() + " is refused");
            }
            if (!checkpoint.getOptions().equals(options.sequenceDefinition())) {
                throw new IllegalStateException("Replay " + options.replayId() + " ran with " + checkpoint.getOptions()
                        + "; resuming it with " + options.sequenceDefinition() + " is refused");
            }
            skipEvents = checkpoint.getEventsPublished();
            skipRejects = checkpoint.getRejectsPublished();
            committedSequence = skipEvents;
            LOG.infof("Resuming replay %s after %d events and %d rejects (last date %s)", options.replayId(),
                    skipEvents, skipRejects, checkpoint.getLastEventDate());
        }

        /** @return true when stopped on request before the end */
        private boolean publishAll(BankDataSet data, BooleanSupplier stop) {
            try (ReadAhead timeline = new ReadAhead(data.timeline(), "replay-reader-" + options.replayId(),
                    event -> options.includes(event.eventDate()), publisher::encode)) {
                // The timeline is read ahead while the reference tables (already in memory) go out first.
                rejectTarget = timeline.start();
                for (SourceEvent<?, ?> event : data.referenceData()) {
                    publish(publisher.encode(event));
                }
                while (timeline.hasNext()) {
                    if (stop.getAsBoolean()) {
                        return true;
                    }
                    ReadAhead.Item item = timeline.next();
                    if (item instanceof ReadAhead.Reject reject) {
                        handleReject(reject.position(), reject.rawLine(), reject.reason());
                        continue;
                    }
                    Publisher.Encoded event = ((ReadAhead.Event) item).event();
                    if (!awaitDue(event.eventDate(), stop)) {
                        return true;
                    }
                    publish(event);
                }
            } finally {
                rejectTarget = this::handleReject;
            }
            if (options.until() == null || !options.until().isBefore(data.asOfDate())) {
                for (SourceEvent<?, ?> outcome : data.loanOutcomes()) {
                    publish(publisher.encode(outcome));
                }
            }
            return false;
        }

        /** Paced replays commit what they have before waiting, so nothing sits in an open transaction. */
        private boolean awaitDue(LocalDate date, BooleanSupplier stop) {
            long wait = pacer.nanosUntilDue(date);
            if (wait <= 0) {
                return true;
            }
            if (uncommitted > 0) {
                commit(ReplayState.RUNNING);
            }
            try {
                return pacer.sleep(wait, stop);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private void publish(Publisher.Encoded event) {
            sequence++;
            lastPosition = event.position();
            if (sequence <= skipEvents) {
                progress.skipped();
                return;
            }
            publisher.send(event);
            lastDate = event.eventDate();
            progress.published(event.topic(), event.eventDate(), event.size());
            uncommitted++;
            if (uncommitted >= commitPolicy.events() || System.currentTimeMillis() - lastCommitMillis >= commitPolicy.millis()) {
                commit(ReplayState.RUNNING);
            }
        }

        /** While the timeline is read ahead, its rejects come back through it, in their place among the events. */
        @Override
        public void reject(SourcePosition position, String rawLine, String reason) {
            rejectTarget.reject(position, rawLine, reason);
        }

        private void handleReject(SourcePosition position, String rawLine, String reason) {
            rejectSequence++;
            if (rejectSequence <= skipRejects) {
                return;
            }
            rejectsFile.write(position, rawLine, reason);
            IngestReject reject = IngestReject.newBuilder()
                    .setReplayId(options.replayId())
                    .setFile(position.file())
                    .setLineNumber(position.lineNumber())
                    .setRawLine(rawLine)
                    .setReason(reason)
                    .setRejectedAt(Instant.now())
                    .build();
            publisher.send(Topics.INGEST_REJECTS, position.file(), reject, LocalDate.now());
            progress.rejected();
            LOG.debugf("Rejected %s: %s", position, reason);
        }

        private void begin() {
            publisher.begin();
            lastCommitMillis = System.currentTimeMillis();
            inTransaction = true;
        }

        private void commit(ReplayState state) {
            rejectsFile.flush();
            ReplayCheckpoint checkpoint = ReplayCheckpoint.newBuilder()
                    .setReplayId(options.replayId())
                    .setDataSet(options.dataSet().toString())
                    .setDataSetFingerprint(fingerprint)
                    .setOptions(options.sequenceDefinition())
                    .setEventsPublished(Math.max(sequence, skipEvents))
                    .setRejectsPublished(Math.max(rejectSequence, skipRejects))
                    .setLastEventDate(lastDate)
                    .setState(state)
                    .setUpdatedAt(Instant.now())
                    .build();
            publisher.send(Topics.INGEST_CHECKPOINTS, options.replayId(), checkpoint, LocalDate.now());
            publisher.commit();
            inTransaction = false;
            committedSequence = checkpoint.getEventsPublished();
            uncommitted = 0;
            lastCommitMillis = System.currentTimeMillis();
            if (state == ReplayState.RUNNING) {
                begin();
            }
        }

        void abortQuietly() {
            if (!inTransaction) {
                return;
            }
            try {
                publisher.abort();
            } catch (RuntimeException e) {
                LOG.debugf("Abort after failure also failed: %s", e.getMessage());
            }
        }
    }
}
