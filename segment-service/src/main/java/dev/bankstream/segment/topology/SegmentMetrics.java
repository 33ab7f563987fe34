package dev.bankstream.segment.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's counters, one per route a snapshot or a model can take, so that nothing is routed or dropped
 * without a number in /q/metrics (Prometheus names: bankstream_segment_..._total).
 */
public final class SegmentMetrics {

    /** Why an input record went to the dead-letter topic. */
    public enum DeadLetterReason {
        /** Key or value bytes that cannot be decoded (broken Avro, unknown schema id, wrong key size). */
        UNDECODABLE,
        /** Decodable, but not a valid snapshot (no key, no value, key and account disagree). */
        INVALID,
        /** Too many features missing for a segmentation's documented fallback (see FeatureSet). */
        MISSING_FEATURES
    }

    private final MeterRegistry registry;
    private final Counter snapshots;
    private final Counter scores;
    private final Counter awaitingRecommender;
    private final Counter offers;

    public SegmentMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.snapshots = Counter.builder("bankstream.segment.snapshots")
                .description("Behaviour snapshots admitted")
                .register(registry);
        this.scores = Counter.builder("bankstream.segment.scores")
                .description("Risk and value scores admitted from risk.scores")
                .register(registry);
        this.awaitingRecommender = Counter.builder("bankstream.segment.offers.awaiting.recommender")
                .description("Holdings changes kept without offers because no recommender was published yet")
                .register(registry);
        this.offers = Counter.builder("bankstream.segment.offers")
                .description("Offer records emitted on offers.recommendations")
                .register(registry);
    }

    void snapshot() {
        snapshots.increment();
    }

    void score() {
        scores.increment();
    }

    /** @param quadrant the account's new quadrant, "none" when its score was withdrawn */
    void quadrantChanged(String quadrant) {
        Counter.builder("bankstream.segment.quadrant.changes")
                .description("Accounts that entered a risk x value quadrant")
                .tag("quadrant", quadrant)
                .register(registry)
                .increment();
    }

    void deadLetter(DeadLetterReason reason, String segmentation) {
        Counter.builder("bankstream.segment.dead.letters")
                .description("Records routed to segments.dead-letters")
                .tag("reason", reason.name())
                .tag("segmentation", segmentation)
                .register(registry)
                .increment();
    }

    /** Snapshot stored but not assigned: the segmentation has no model yet. */
    void awaitingModel(String segmentation) {
        counter("bankstream.segment.awaiting.model", "Snapshots stored but not assigned: no model yet",
                segmentation).increment();
    }

    void assigned(String segmentation) {
        counter("bankstream.segment.assignments", "Snapshots assigned to a segment", segmentation).increment();
    }

    void changed(String segmentation, boolean first) {
        Counter.builder("bankstream.segment.changes")
                .description("Confirmed transitions emitted on segments.changes")
                .tag("segmentation", segmentation)
                .tag("kind", first ? "first" : "move")
                .register(registry)
                .increment();
    }

    void awaitingRecommender() {
        awaitingRecommender.increment();
    }

    void offer() {
        offers.increment();
    }

    void modelAccepted(String model) {
        modelCounter("accepted", model).increment();
    }

    void modelRefused(String model) {
        modelCounter("refused", model).increment();
    }

    private Counter counter(String name, String description, String segmentation) {
        return Counter.builder(name).description(description).tag("segmentation", segmentation).register(registry);
    }

    private Counter modelCounter(String outcome, String model) {
        return Counter.builder("bankstream.segment.models")
                .description("Records of the models topic taken into service or refused")
                .tag("outcome", outcome)
                .tag("model", model)
                .register(registry);
    }
}
