package dev.bankstream.segment.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.ModelPublication;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.TrainingSettings;
import dev.bankstream.segment.query.SegmentQueries;
import dev.bankstream.segment.recommend.HoldingsMatrix;
import dev.bankstream.segment.recommend.RecommenderPublication;
import dev.bankstream.segment.topology.CurrentModels;

/**
 * Trains both segmentations and the recommender from the latest behaviour of every account (asking the other
 * instances for theirs) and publishes them on
 * the models topic. Segment ids and names are matched to the models in service, so a retrain keeps them. The new
 * models come back into service through the topic, on every instance alike.
 */
@ApplicationScoped
public class ModelTraining {

    private static final Logger LOG = Logger.getLogger(ModelTraining.class);

    /** What one training published. */
    public record Report(int accounts, LocalDate fromAsOf, LocalDate toAsOf, List<Published> models) {
    }

    /**
     * @param rejected accounts left out because too many of this model's features were missing
     */
    public record Published(String name, String version, int accounts, int rejected, Integer k) {
    }

    private final SegmentQueries queries;
    private final CurrentModels models;
    private final ModelPublisher publisher;
    private final SegmentationTrainer trainer = new SegmentationTrainer(TrainingSettings.defaults());

    ModelTraining(SegmentQueries queries, CurrentModels models, ModelPublisher publisher) {
        this.queries = queries;
        this.models = models;
        this.publisher = publisher;
    }

    /** One training at a time: a second caller waits and trains on what is there after the first. */
    public synchronized Report train() {
        List<AccountBehaviour> snapshots = queries.allSnapshots();
        TrainingSettings settings = TrainingSettings.defaults();
        if (snapshots.size() < settings.maxK()) {
            throw new NotEnoughAccountsException(snapshots.size(), settings.maxK());
        }
        LocalDate from = snapshots.stream().map(AccountBehaviour::getAsOfDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = snapshots.stream().map(AccountBehaviour::getAsOfDate).max(Comparator.naturalOrder()).orElseThrow();
        String trainedOn = "latest behaviour of " + snapshots.size() + " accounts (features.account-behaviour, as of "
                + from + " to " + to + ")";
        Instant now = Instant.now();
        List<Published> published = new ArrayList<>();
        for (Segmentation segmentation : Segmentation.values()) {
            FeatureMatrix.Extraction extraction = FeatureMatrix.extract(segmentation.featureSet(), snapshots);
            if (extraction.matrix().rows() < settings.maxK()) {
                throw new NotEnoughAccountsException(extraction.matrix().rows(), settings.maxK());
            }
            SegmentationModel previous = models.now().segmentation(segmentation).orElse(null);
            SegmentationModel model = trainer.train(segmentation, extraction.matrix(), previous).model();
            publish(ModelPublication.publish(model, trainedOn, now));
            published.add(new Published(segmentation.modelName(), model.version(), extraction.matrix().rows(),
                    extraction.rejects().size(), model.k()));
        }
        PublishedModel recommender = RecommenderPublication.publish(HoldingsMatrix.fromSnapshots(snapshots),
                trainedOn, now);
        publish(recommender);
        published.add(new Published(recommender.getName(), recommender.getVersion(), snapshots.size(), 0, null));
        return new Report(snapshots.size(), from, to, List.copyOf(published));
    }

    private void publish(PublishedModel model) {
        publisher.publish(model);
        LOG.infof("Published %s %s, trained on %s", model.getName(), model.getVersion(), model.getTrainedOn());
    }

    /** Too few accounts with behaviour to choose k among the candidates. */
    public static final class NotEnoughAccountsException extends IllegalStateException {

        NotEnoughAccountsException(int accounts, int needed) {
            super("Need the behaviour of at least " + needed + " accounts to train, have " + accounts);
        }
    }
}
