package dev.bankstream.segment.topology;

import java.time.ZoneOffset;
import java.util.Optional;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.change.SegmentDwellTracker;
import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.model.Assignment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.topology.SegmentMetrics.DeadLetterReason;

/**
 * Per account: keeps the latest snapshot, assigns it in every segmentation with the model in service, and lets the
 * {@link SegmentDwellTracker} decide when that is a change. Emits {@code segments.changes} on each confirmed
 * transition (the first placement included) and the account's {@code segments.assignments} record, with its risk ×
 * value quadrant from the {@link QuadrantPlacer}'s store, when any of its segments changed; nothing while an account
 * stays where it is.
 *
 * <p>A snapshot with too many features missing for a segmentation (see {@link FeatureSet}) is dead-lettered with
 * the reason, whether or not a model exists: the rule does not depend on the model. A segmentation without a model
 * yet leaves the snapshot stored and counted; when a model arrives, each task places its stored accounts that have
 * no segment yet (checked on wall-clock time, since a model can arrive while no snapshot does).
 */
final class SegmentAssigner implements Processor<Object, Admitted, Object, Object> {

    private final SegmentSerdes serdes;
    private final CurrentModels models;
    private final SegmentDwellTracker tracker;
    private final SegmentSettings settings;
    private final SegmentMetrics metrics;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<Long, byte[]> latest;
    private KeyValueStore<String, byte[]> dwell;
    private AccountScores scores;
    private String placedWith = "";

    SegmentAssigner(SegmentSerdes serdes, CurrentModels models, SegmentSettings settings, SegmentMetrics metrics) {
        this.serdes = serdes;
        this.models = models;
        this.tracker = new SegmentDwellTracker(settings.dwell());
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.latest = context.getStateStore(SegmentTopology.LATEST_BEHAVIOUR_STORE);
        this.dwell = context.getStateStore(SegmentTopology.DWELL_STORE);
        this.scores = new AccountScores(context.getStateStore(SegmentTopology.LATEST_SCORES_STORE), serdes,
                settings.quadrants());
        context.schedule(settings.modelCheckInterval(), PunctuationType.WALL_CLOCK_TIME, now -> placeWaitingAccounts());
    }

    @Override
    public void process(Record<Object, Admitted> record) {
        Admitted snapshot = record.value();
        latest.put(snapshot.accountId(), snapshot.rawValue());
        CurrentModels.Snapshot inService = models.now();
        boolean changed = false;
        for (Segmentation segmentation : Segmentation.values()) {
            Optional<String> missing = missingReason(segmentation, snapshot.behaviour());
            if (missing.isPresent()) {
                metrics.deadLetter(DeadLetterReason.MISSING_FEATURES, segmentation.id());
                context.forward(record.withKey((Object) snapshot.rawKey()).withValue((Object) SegmentDeadLetters.of(
                        snapshot.rawKey(), snapshot.rawValue(), context.recordMetadata().orElseThrow(),
                        segmentation.id() + " " + missing.get())), SegmentTopology.DEAD_LETTER_SINK);
                continue;
            }
            Optional<SegmentationModel> model = inService.segmentation(segmentation);
            if (model.isEmpty()) {
                metrics.awaitingModel(segmentation.id());
                continue;
            }
            changed |= observe(model.get(), snapshot.behaviour(), record.timestamp());
        }
        if (changed) {
            emitAssignments(snapshot.accountId(), record.timestamp());
        }
    }

    /**
     * Assigns and tracks one snapshot in one segmentation; emits the change it confirms.
     *
     * @return whether the account's segment in it changed
     */
    private boolean observe(SegmentationModel model, AccountBehaviour behaviour, long timestamp) {
        Segmentation segmentation = model.segmentation();
        if (!(model.assign(behaviour) instanceof Assignment.Assigned assigned)) {
            throw new IllegalStateException("An assignable snapshot was refused by " + model);
        }
        metrics.assigned(segmentation.id());
        String key = SegmentTopology.dwellKey(behaviour.getAccountId(), segmentation);
        byte[] stored = dwell.get(key);
        DwellState state = stored == null ? null : DwellState.fromBytes(stored);
        SegmentDwellTracker.Step step = tracker.observe(behaviour.getAccountId(), segmentation.id(), state, assigned,
                behaviour.getAsOfDate());
        if (step.state() != state) {
            dwell.put(key, step.state().toBytes());
        }
        if (!step.changed()) {
            return false;
        }
        metrics.changed(segmentation.id(), step.transition().from() == null);
        context.forward(new Record<>((Object) behaviour.getAccountId(), (Object) step.transition().toAvro(), timestamp),
                SegmentTopology.CHANGES_SINK);
        return true;
    }

    private void emitAssignments(long accountId, long timestamp) {
        CurrentAssignments.of(accountId, dwell, scores.quadrantOf(accountId)).ifPresent(segments -> context.forward(
                new Record<>((Object) accountId, (Object) segments, timestamp), SegmentTopology.ASSIGNMENTS_SINK));
    }

    /** After a model swap: every stored account still without a segment in a segmentation that now has a model. */
    private void placeWaitingAccounts() {
        CurrentModels.Snapshot inService = models.now();
        if (inService.segmentationVersions().equals(placedWith)) {
            return;
        }
        try (KeyValueIterator<Long, byte[]> accounts = latest.all()) {
            while (accounts.hasNext()) {
                KeyValue<Long, byte[]> account = accounts.next();
                AccountBehaviour behaviour = serdes.readSnapshot(account.value);
                long timestamp = behaviour.getAsOfDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                boolean changed = false;
                for (Segmentation segmentation : Segmentation.values()) {
                    Optional<SegmentationModel> model = inService.segmentation(segmentation);
                    if (model.isPresent() && dwell.get(SegmentTopology.dwellKey(account.key, segmentation)) == null
                            && missingReason(segmentation, behaviour).isEmpty()) {
                        changed |= observe(model.get(), behaviour, timestamp);
                    }
                }
                if (changed) {
                    emitAssignments(account.key, timestamp);
                }
            }
        }
        placedWith = inService.segmentationVersions();
    }

    private static Optional<String> missingReason(Segmentation segmentation, AccountBehaviour behaviour) {
        FeatureSet features = segmentation.featureSet();
        double[] values = new double[features.size()];
        int missing = features.extract(behaviour, values);
        return features.isAssignable(missing) ? Optional.empty() : Optional.of(features.missingReason(values));
    }
}
