package dev.bankstream.segment.training;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.bankstream.segment.query.Cluster;
import dev.bankstream.segment.query.SegmentQueries;
import dev.bankstream.segment.topology.CurrentModels;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Trains once by itself, so that a fresh installation gets segments without anyone calling the training endpoint:
 * when no segmentation model is in service and enough accounts have behaviour (on all instances). Only the leading
 * instance ({@link Cluster#leads()}) does it, so that several instances do not publish rival first models. It trains
 * at most once per process; later retrains are asked for over REST.
 */
@ApplicationScoped
public class AutoTraining {

    private static final Logger LOG = Logger.getLogger(AutoTraining.class);

    private final ModelTraining training;
    private final SegmentQueries queries;
    private final Cluster cluster;
    private final CurrentModels models;
    private final int minAccounts;
    private final Duration interval;
    private ScheduledExecutorService timer;
    private volatile boolean done;

    AutoTraining(ModelTraining training, SegmentQueries queries, Cluster cluster, CurrentModels models,
            @ConfigProperty(name = "bankstream.segments.auto-train.min-accounts") int minAccounts,
            @ConfigProperty(name = "bankstream.segments.auto-train.check-interval") Duration interval) {
        this.training = training;
        this.queries = queries;
        this.cluster = cluster;
        this.models = models;
        this.minAccounts = minAccounts;
        this.interval = interval;
    }

    void start(@Observes StartupEvent start) {
        if (minAccounts <= 0) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "segment-auto-training"));
        timer.scheduleWithFixedDelay(this::trainWhenDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void trainWhenDue() {
        if (done || !models.now().segmentations().isEmpty() || queries.state() != KafkaStreams.State.RUNNING
                || !cluster.leads()) {
            return;
        }
        try {
            long accounts = queries.accountCount();
            if (accounts >= minAccounts) {
                LOG.infof("No segmentation model yet and %d accounts have behaviour: training", accounts);
                training.train();
                done = true;
            }
        } catch (RuntimeException e) {
            LOG.warnf("Automatic training failed, will try again in %s: %s", interval, e.getMessage());
        }
    }
}
