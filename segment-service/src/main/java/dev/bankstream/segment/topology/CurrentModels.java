package dev.bankstream.segment.topology;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.model.ModelPublication;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.recommend.ItemItemRecommender;
import dev.bankstream.segment.recommend.RecommenderPublication;

/**
 * The models in service: one per segmentation and the recommender, swapped while the stream runs. Written by the
 * models topic's loader, read by the stream tasks and the REST views; a model that cannot be read is refused and
 * the one before it stays.
 */
public final class CurrentModels {

    private static final Logger LOG = Logger.getLogger(CurrentModels.class);

    /** What became of a record of the models topic. */
    public enum Outcome {
        ACCEPTED,
        /** Corrupt, tampered with, or made for other features: the previous model stays. */
        REFUSED,
        /** The version in service already. */
        UNCHANGED,
        /** Another service's model (the models topic is shared). */
        NOT_OURS
    }

    /** Everything in service at one moment; immutable, so a reader sees one consistent set. */
    public record Snapshot(Map<Segmentation, SegmentationModel> segmentations, ItemItemRecommender recommender) {

        public Optional<SegmentationModel> segmentation(Segmentation segmentation) {
            return Optional.ofNullable(segmentations.get(segmentation));
        }

        public Optional<ItemItemRecommender> offersModel() {
            return Optional.ofNullable(recommender);
        }

        /** Changes whenever a segmentation model is swapped: tasks compare it to know they have accounts to place. */
        public String segmentationVersions() {
            StringBuilder versions = new StringBuilder();
            for (Segmentation segmentation : Segmentation.values()) {
                SegmentationModel model = segmentations.get(segmentation);
                versions.append(model == null ? "-" : model.version()).append('|');
            }
            return versions.toString();
        }
    }

    private final AtomicReference<Snapshot> current = new AtomicReference<>(
            new Snapshot(Map.of(), null));
    private final SegmentMetrics metrics;

    public CurrentModels(SegmentMetrics metrics) {
        this.metrics = metrics;
    }

    public Snapshot now() {
        return current.get();
    }

    public Outcome offer(PublishedModel published) {
        String name = published.getName();
        try {
            if (RecommenderPublication.MODEL_NAME.equals(name)) {
                return install(name, published.getVersion(), RecommenderPublication.read(published), null);
            }
            for (Segmentation segmentation : Segmentation.values()) {
                if (segmentation.modelName().equals(name)) {
                    return install(name, published.getVersion(), null, ModelPublication.read(published));
                }
            }
            return Outcome.NOT_OURS;
        } catch (RuntimeException e) {
            // Whatever a payload makes the readers throw, it must not take the stream down with it.
            LOG.errorf("Refused model %s %s, keeping the one in service: %s", name, published.getVersion(),
                    e.getMessage());
            metrics.modelRefused(name);
            return Outcome.REFUSED;
        }
    }

    private Outcome install(String name, String version, ItemItemRecommender recommender, SegmentationModel model) {
        Snapshot before;
        Snapshot after;
        do {
            before = current.get();
            if (model != null) {
                SegmentationModel inService = before.segmentations().get(model.segmentation());
                if (inService != null && inService.version().equals(version)) {
                    return Outcome.UNCHANGED;
                }
                Map<Segmentation, SegmentationModel> models = new EnumMap<>(Segmentation.class);
                models.putAll(before.segmentations());
                models.put(model.segmentation(), model);
                after = new Snapshot(Map.copyOf(models), before.recommender());
            } else {
                if (before.recommender() != null && before.recommender().version().equals(version)) {
                    return Outcome.UNCHANGED;
                }
                after = new Snapshot(before.segmentations(), recommender);
            }
        } while (!current.compareAndSet(before, after));
        LOG.infof("Model in service: %s %s", name, version);
        metrics.modelAccepted(name);
        return Outcome.ACCEPTED;
    }
}
