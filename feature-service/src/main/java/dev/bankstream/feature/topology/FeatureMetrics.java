package dev.bankstream.feature.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's own counters, so that nothing is routed or dropped without a number a user can see in /q/metrics
 * (Prometheus names: bankstream_feature_..._total).
 */
public final class FeatureMetrics {

    /** Why an input record went to the dead-letter topic instead of into an account's state. */
    public enum DeadLetterReason {
        /** Key or value bytes that cannot be decoded (broken Avro, unknown schema id, wrong key size). */
        UNDECODABLE,
        /** Decodable, but dated on a day that is already final: beyond the grace period. */
        LATE,
        /** Decodable and on time, but not a valid account record (no key, empty value, key and account disagree). */
        INVALID
    }

    private final MeterRegistry registry;
    private final Counter unopenedTransactions;
    private final Counter behaviourSnapshots;
    private final Counter loanSnapshots;

    public FeatureMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.unopenedTransactions = Counter.builder("bankstream.feature.transactions.unopened")
                .description("Transactions booked before their account's opening, or for an account never opened, "
                        + "kept and counted once their day is final")
                .register(registry);
        this.behaviourSnapshots = Counter.builder("bankstream.feature.snapshots")
                .description("Snapshots emitted")
                .tag("kind", "account-behaviour")
                .register(registry);
        this.loanSnapshots = Counter.builder("bankstream.feature.snapshots")
                .description("Snapshots emitted")
                .tag("kind", "loan")
                .register(registry);
    }

    void deadLetter(String topic, DeadLetterReason reason) {
        Counter.builder("bankstream.feature.dead.letters")
                .description("Input records routed to the dead-letter topic")
                .tag("topic", topic)
                .tag("reason", reason.name())
                .register(registry)
                .increment();
    }

    void referenceRecordRejected(String topic) {
        Counter.builder("bankstream.feature.reference.rejects")
                .description("Reference-table records that could not be decoded and were skipped (logged with offset)")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    void unopenedTransactions(long count) {
        if (count > 0) {
            unopenedTransactions.increment(count);
        }
    }

    void snapshots(int behaviours, int loans) {
        behaviourSnapshots.increment(behaviours);
        if (loans > 0) {
            loanSnapshots.increment(loans);
        }
    }
}
