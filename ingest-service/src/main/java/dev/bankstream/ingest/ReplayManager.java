package dev.bankstream.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.bankstream.contract.KafkaReachability;
import dev.bankstream.ingest.replay.ReplayEngine;
import dev.bankstream.ingest.replay.ReplayOptions;
import dev.bankstream.ingest.replay.ReplayProgress;
import dev.bankstream.ingest.replay.ReplayStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Runs replays in the background, one thread each, and knows their progress. Stopping the service stops every
 * replay at a checkpoint, so each can be resumed with its id.
 */
@ApplicationScoped
public class ReplayManager {

    private static final Logger LOG = Logger.getLogger(ReplayManager.class);

    private final Map<String, RunningReplay> replays = new ConcurrentHashMap<>();

    @Inject
    IngestConfig config;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "bankstream.registry.url")
    String registryUrl;

    @ConfigProperty(name = "bankstream.kafka.startup-timeout", defaultValue = "10s")
    Duration startupTimeout;

    private record RunningReplay(ReplayProgress progress, Thread thread, StopFlag stop) {
    }

    private static final class StopFlag {
        private volatile boolean requested;
    }

    /** Fails at once, naming the address, when the configured Kafka cluster does not answer. */
    public void requireKafka() {
        KafkaReachability.require(bootstrapServers, startupTimeout);
    }

    /** Options with this service's defaults filled in: a new id when none is given, the rejects file by id. */
    public ReplayOptions options(String replayId, Path dataSet, Double speed, java.time.LocalDate from,
            java.time.LocalDate until, java.time.LocalDate asOf) {
        String id = replayId == null || replayId.isBlank() ? ReplayOptions.newReplayId() : replayId;
        return new ReplayOptions(id, dataSet, speed, from, until, asOf,
                config.rejectsDir().resolve(id + ".rejects.csv"));
    }

    public synchronized ReplayProgress start(ReplayOptions options) {
        RunningReplay existing = replays.get(options.replayId());
        if (existing != null && !existing.progress().finished()) {
            throw new IllegalStateException("Replay " + options.replayId() + " is already running");
        }
        ReplayProgress progress = new ReplayProgress(options);
        StopFlag stop = new StopFlag();
        ReplayEngine engine = new ReplayEngine(Map.of("bootstrap.servers", bootstrapServers, "compression.type", config.compression()), registryUrl,
                new ReplayEngine.CommitPolicy(config.commitEvents(), config.commitMillis()), config.topicReplicationFactor());
        Thread thread = new Thread(() -> engine.run(options, progress, () -> stop.requested), "replay-" + options.replayId());
        replays.put(options.replayId(), new RunningReplay(progress, thread, stop));
        registerMetrics(progress);
        thread.start();
        LOG.infof("Replay %s started: %s", options.replayId(), options);
        return progress;
    }

    public Optional<ReplayStatus> status(String replayId) {
        return Optional.ofNullable(replays.get(replayId)).map(r -> r.progress().snapshot());
    }

    public List<ReplayStatus> all() {
        return replays.values().stream().map(r -> r.progress().snapshot()).toList();
    }

    /** Asks a replay to stop at its next event; it commits a checkpoint and can be resumed with its id. */
    public Optional<ReplayStatus> stop(String replayId, long waitMillis) throws InterruptedException {
        RunningReplay replay = replays.get(replayId);
        if (replay == null) {
            return Optional.empty();
        }
        replay.stop().requested = true;
        replay.thread().join(waitMillis);
        return Optional.of(replay.progress().snapshot());
    }

    /** Waits for a replay to end; used by the command line. */
    public ReplayStatus await(String replayId) throws InterruptedException {
        RunningReplay replay = replays.get(replayId);
        replay.thread().join();
        return replay.progress().snapshot();
    }

    @PreDestroy
    void stopAll() {
        Collection<RunningReplay> running = replays.values().stream().filter(r -> !r.progress().finished()).toList();
        running.forEach(r -> r.stop().requested = true);
        for (RunningReplay replay : running) {
            try {
                replay.thread().join(TimeUnit.SECONDS.toMillis(10));
                LOG.infof("Replay %s stopped at shutdown after %d events; resume it with its id",
                        replay.progress().replayId(), replay.progress().eventsPublished());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void registerMetrics(ReplayProgress progress) {
        Tags tags = Tags.of("replay", progress.replayId());
        FunctionCounter.builder("bankstream.replay.events", progress, ReplayProgress::eventsPublished)
                .description("Events a replay published").tags(tags).register(metrics);
        FunctionCounter.builder("bankstream.replay.rejects", progress, ReplayProgress::rejects)
                .description("Source lines a replay rejected").tags(tags).register(metrics);
        Gauge.builder("bankstream.replay.events.per.second", progress, p -> p.snapshot().eventsPerSecond())
                .description("Recent publishing rate").tags(tags).register(metrics);
        Gauge.builder("bankstream.replay.simulated.date", progress,
                        p -> p.simulatedDate() == null ? Double.NaN : p.simulatedDate().toEpochDay())
                .description("Business date reached, in days since 1970-01-01").tags(tags).register(metrics);
    }
}
