package dev.bankstream.scoring.online;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.model.ModelRefusedException;

/**
 * Which loan-default model scores right now. Fed with every record of the {@code models} topic; the latest published
 * version that loads goes into service at once (a hot swap, no restart), and one that does not load is refused: it is
 * logged, counted and shown by GET /models, and the model in service stays. A scorer pinned to one version
 * (bankstream.scoring.model-version: a backtest running two models side by side, or a canary) passes every other
 * version by. Shared by the global thread that reads {@code models} and the stream threads that score, hence the
 * atomic reference.
 */
public final class ActiveModels {

    private static final Logger LOG = Logger.getLogger(ActiveModels.class);

    /** What happened to one published record. */
    public enum Outcome {
        ACTIVATED, ALREADY_ACTIVE, REFUSED, OTHER_MODEL, NOT_PINNED
    }

    /**
     * A published model that was not put into service.
     *
     * @param version its announced version, or what could be read of the record
     * @param reason  why
     * @param at      when it was refused
     */
    public record Refusal(String version, String reason, Instant at) {
    }

    private final AtomicReference<ActiveModel> active = new AtomicReference<>();
    private final AtomicReference<Refusal> lastRefusal = new AtomicReference<>();
    private final ScoringMetrics metrics;
    private final Clock clock;
    private final Optional<String> pinnedVersion;

    /** @param pinnedVersion the only version this scorer may put into service; empty = the latest that loads */
    public ActiveModels(ScoringMetrics metrics, Clock clock, Optional<String> pinnedVersion) {
        this.metrics = metrics;
        this.clock = clock;
        this.pinnedVersion = pinnedVersion;
    }

    public Optional<String> pinnedVersion() {
        return pinnedVersion;
    }

    /** The model in service, if one was ever accepted. */
    public Optional<ActiveModel> current() {
        return Optional.ofNullable(active.get());
    }

    public Optional<Refusal> lastRefusal() {
        return Optional.ofNullable(lastRefusal.get());
    }

    /** Puts a published loan-default model into service if it loads; models of other names are not ours. */
    public Outcome offer(PublishedModel published) {
        if (!ModelPackage.LOAN_DEFAULT.equals(published.getName())) {
            return Outcome.OTHER_MODEL;
        }
        if (pinnedVersion.isPresent() && !pinnedVersion.get().equals(published.getVersion())) {
            LOG.infof("Loan-default model %s passed by: this scorer is pinned to %s (bankstream.scoring.model-version)",
                    published.getVersion(), pinnedVersion.get());
            return Outcome.NOT_PINNED;
        }
        ActiveModel current = active.get();
        if (current != null && current.version().equals(published.getVersion())) {
            return Outcome.ALREADY_ACTIVE;
        }
        ModelPackage modelPackage;
        LoanDefaultModel model;
        try {
            modelPackage = ModelPackage.fromPublished(published);
            model = modelPackage.load();
        } catch (ModelRefusedException | RuntimeException e) {
            refuse(published.getVersion(), e.getMessage());
            return Outcome.REFUSED;
        }
        active.set(ActiveModel.of(modelPackage, model, clock.instant()));
        metrics.modelActivated(ModelPackage.LOAN_DEFAULT);
        LOG.infof("Loan-default model %s in service (%s, threshold %.3f; was %s)", modelPackage.version(),
                modelPackage.algorithm().externalName, model.threshold(),
                current == null ? "no model" : current.version());
        return Outcome.ACTIVATED;
    }

    /** Records a refusal: logged, counted, and visible in GET /models until the next one. */
    public void refuse(String version, String reason) {
        lastRefusal.set(new Refusal(version, reason, clock.instant()));
        metrics.modelRefused(ModelPackage.LOAN_DEFAULT);
        ActiveModel current = active.get();
        LOG.warnf("Loan-default model %s refused: %s. Still in service: %s", version, reason,
                current == null ? "no model (rule flags only)" : current.version());
    }
}
