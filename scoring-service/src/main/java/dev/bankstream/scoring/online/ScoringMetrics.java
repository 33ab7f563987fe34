package dev.bankstream.scoring.online;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.value.ScoreChanges;

/**
 * The scoring-service's counters, so that nothing is flagged, routed or refused without a number a user can see in
 * /q/metrics (Prometheus names: bankstream_scoring_..._total, bankstream_scoring_latency_seconds).
 */
public final class ScoringMetrics {

    /** Why a behaviour snapshot went to the dead-letter topic. */
    public enum DeadLetterReason {
        /** Key or value bytes that cannot be decoded (broken Avro, unknown schema id, wrong key size). */
        UNDECODABLE,
        /** Decodable but not a snapshot to score: no key, no value, key and account disagree. */
        INVALID,
        /** A borrower's snapshot lacks facts the loan-default model needs (the reason names them). */
        INCOMPLETE
    }

    /** What happened to a borrower's snapshot on the model side. */
    public enum ModelScoring {
        /** Scored by the active loan-default model. */
        SCORED,
        /** Scored, with at least one documented fallback for a missing optional fact. */
        SCORED_WITH_FALLBACK,
        /** No loan-default model has been accepted yet: only the rules looked at it. */
        NO_MODEL
    }

    private final MeterRegistry registry;
    private final Timer latency;
    private final Counter snapshots;

    public ScoringMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("bankstream.scoring.latency")
                .description("From a behaviour snapshot's arrival at the scorer to the flag it raised (emittedAt)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.snapshots = Counter.builder("bankstream.scoring.snapshots")
                .description("Behaviour snapshots read")
                .register(registry);
        // Shown at 0 from the start, so that an alert on refusals has a series to watch before the first one.
        refused(ModelPackage.LOAN_DEFAULT);
    }

    void snapshot() {
        snapshots.increment();
    }

    void flag(RiskFlag flag, Duration sinceArrival) {
        Counter.builder("bankstream.scoring.flags")
                .description("Risk flags emitted")
                .tag("kind", flag.getKind())
                .tag("level", flag.getLevel().name())
                .tag("source", flag.getSource().name())
                .register(registry)
                .increment();
        latency.record(sinceArrival);
    }

    void accountScore(ScoreChanges.Outcome outcome) {
        Counter.builder("bankstream.scoring.account.scores")
                .description("Risk x value scores computed, by whether they were published on risk.scores")
                .tag("outcome", outcome.name())
                .register(registry)
                .increment();
    }

    void deadLetter(DeadLetterReason reason) {
        Counter.builder("bankstream.scoring.dead.letters")
                .description("Behaviour snapshots routed to scoring.dead-letters")
                .tag("reason", reason.name())
                .register(registry)
                .increment();
    }

    void modelScoring(ModelScoring outcome) {
        Counter.builder("bankstream.scoring.model.scorings")
                .description("Borrowers' snapshots by what the loan-default model did with them")
                .tag("outcome", outcome.name())
                .register(registry)
                .increment();
    }

    /** A published model that was not put into service; the reason is logged and shown by GET /models. */
    public void modelRefused(String modelName) {
        refused(modelName).increment();
    }

    private Counter refused(String modelName) {
        return Counter.builder("bankstream.scoring.model.refused")
                .description("Published models refused (corrupt, unreadable or built for other features)")
                .tag("model", modelName)
                .register(registry);
    }

    public void modelActivated(String modelName) {
        Counter.builder("bankstream.scoring.model.activated")
                .description("Published models put into service (hot swaps included)")
                .tag("model", modelName)
                .register(registry)
                .increment();
    }
}
