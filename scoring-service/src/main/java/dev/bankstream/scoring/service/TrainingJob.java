package dev.bankstream.scoring.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.bankstream.contract.TopicReader;
import dev.bankstream.contract.Topics;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.scoring.card.DataDescription;
import dev.bankstream.scoring.card.ModelCard;
import dev.bankstream.scoring.evaluation.ConfusionMatrix;
import dev.bankstream.scoring.evaluation.Estimate;
import dev.bankstream.scoring.evaluation.EvaluationSummary;
import dev.bankstream.scoring.evaluation.Metric;
import dev.bankstream.scoring.model.TrainingSet;
import dev.bankstream.scoring.model.TrainingSettings;
import dev.bankstream.scoring.online.ScoringSerdes;
import dev.bankstream.scoring.training.EvaluationSettings;
import dev.bankstream.scoring.training.TrainingResult;
import dev.bankstream.scoring.training.TrainingRun;

/**
 * {@code train} and POST /models/train: reads the loan snapshots and outcomes on Kafka from the beginning, joins them,
 * evaluates and trains ({@link TrainingRun}), writes the model file and card under
 * {@code <run dir>/models/<version>/} and publishes the model on {@code models}, where every scorer picks it up.
 */
@ApplicationScoped
public class TrainingJob {

    private static final Logger LOG = Logger.getLogger(TrainingJob.class);

    private final String bootstrapServers;
    private final ScoringSerdes serdes;
    private final Path modelsFolder;
    private final EvaluationSettings evaluation;
    private final Duration patience;
    private final Clock clock;

    TrainingJob(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ScoringSerdes serdes,
            @ConfigProperty(name = "bankstream.run.dir", defaultValue = "run") Path runDir,
            @ConfigProperty(name = "bankstream.scoring.training.cv-repeats") int repeats,
            @ConfigProperty(name = "bankstream.scoring.training.cv-folds") int folds,
            @ConfigProperty(name = "bankstream.scoring.training.out-of-time-share") double outOfTimeShare,
            @ConfigProperty(name = "bankstream.scoring.training.bootstrap-resamples") int resamples,
            @ConfigProperty(name = "bankstream.scoring.training.seed") long seed,
            @ConfigProperty(name = "bankstream.scoring.training.read-timeout") Duration patience, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.serdes = serdes;
        this.modelsFolder = runDir.resolve("models");
        this.evaluation = new EvaluationSettings(repeats, folds, outOfTimeShare, resamples, seed);
        this.patience = patience;
        this.clock = clock;
    }

    /** One job at a time: two would compete for the two cores and publish in a race. */
    public synchronized TrainingReport run(TrainingRequest request) {
        List<String> summary = new ArrayList<>();
        TopicReader reader = new TopicReader(bootstrapServers, patience);
        TopicReader.Contents<LoanSnapshot> snapshots = reader.readAll(Topics.LOAN_SNAPSHOTS.name(),
                serdes.loanSnapshots().deserializer());
        TopicReader.Contents<LoanOutcome> outcomes = reader.readAll(Topics.LOAN_OUTCOMES.name(),
                serdes.loanOutcomes().deserializer());
        summary.add(String.format(Locale.ROOT, "Read from Kafka at %s: %d loan snapshots (%s), %d loan outcomes (%s);"
                        + " undecodable and skipped: %d snapshots, %d outcomes", bootstrapServers,
                snapshots.values().size(), Topics.LOAN_SNAPSHOTS.name(), outcomes.values().size(),
                Topics.LOAN_OUTCOMES.name(), snapshots.undecodable(), outcomes.undecodable()));

        LocalDate historyEnd = request.historyEnd() != null ? request.historyEnd()
                : outcomes.values().stream().map(LoanOutcome::getAsOfDate).max(Comparator.naturalOrder())
                        .orElseThrow(() -> new IllegalStateException("No loan outcomes on "
                                + Topics.LOAN_OUTCOMES.name() + ": replay a data set first (its outcomes are"
                                + " published at its as-of date)"));
        TrainingSet set = TrainingSet.join(snapshots.values(), outcomes.values(), historyEnd);
        TrainingSettings settings = TrainingSettings.defaults(request.algorithm());
        // Stratified folds (cross-validation, and calibration inside each training) need one loan of each outcome
        // per fold: with fewer the job is refused here, as a conflict with the data, not failed halfway.
        int perOutcome = Math.max(evaluation.folds(), settings.calibrationFolds());
        if (set.defaults() < perOutcome || set.loans().size() - set.defaults() < perOutcome) {
            throw new IllegalStateException("Cannot train on " + set.loans().size() + " usable loans with "
                    + set.defaults() + " defaults: " + perOutcome + " of each outcome are needed for the stratified"
                    + " folds (excluded: " + set.exclusionCounts() + ")");
        }
        String source = (request.dataFolder() == null ? "Kafka topics" : request.dataFolder().toString())
                + " (" + Topics.LOAN_SNAPSHOTS.name() + " joined with " + Topics.LOAN_OUTCOMES.name() + ")";
        DataDescription data = DataDescription.of(request.origin(), source, set, historyEnd);
        summary.add("Data: " + data.sentence());
        LOG.infof("Training %s on %d loans (%d defaults), %s", request.algorithm().externalName,
                set.loans().size(), set.defaults(), request.origin().words);

        TrainingResult result = new TrainingRun(settings, evaluation, clock)
                .run(set.loans(), data);
        ModelCard card = result.card();
        summary.add("Model: loan-default " + card.version() + " (" + card.algorithm() + "), threshold "
                + String.format(Locale.ROOT, "%.3f", card.threshold()) + ", " + card.usedFeatures().size()
                + " features used");
        summary.add(figures(card.crossValidation()));
        summary.add(card.outOfTime() == null ? "Out of time: not evaluated: " + card.outOfTimeSkipped()
                : figures(card.outOfTime()));
        card.caveats().forEach(caveat -> summary.add("Caveat: " + caveat));

        Path folder = modelsFolder.resolve(result.modelPackage().version());
        List<Path> files;
        try {
            files = result.writeTo(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model and its card to " + folder, e);
        }
        summary.add("Written: " + files);
        RecordMetadata published = publish(result.modelPackage().toPublished());
        summary.add("Published on " + published.topic() + " (partition " + published.partition() + ", offset "
                + published.offset() + "): running scorers switch to " + card.version() + " without a restart");
        summary.forEach(line -> LOG.info(line));
        return new TrainingReport(card.version(), request.origin().name(), data.sentence(), folder.toString(),
                files.stream().map(Path::toString).toList(), summary);
    }

    /** The method, then each metric with its 95 % interval, e.g. "ROC-AUC 0.842 [0.811, 0.873]". */
    static String figures(EvaluationSummary evaluation) {
        StringBuilder line = new StringBuilder(evaluation.method()).append(" (").append(evaluation.testLoans())
                .append(" loans, ").append(evaluation.testDefaults()).append(" defaults unseen):");
        for (Metric metric : Metric.values()) {
            Estimate estimate = evaluation.metric(metric);
            if (estimate != null) {
                line.append(String.format(Locale.ROOT, " %s %.3f [%.3f, %.3f];", metric.label, estimate.value(),
                        estimate.lower(), estimate.upper()));
            }
        }
        ConfusionMatrix confusion = evaluation.confusion();
        line.append(String.format(Locale.ROOT, " at threshold %.3f: %d defaults caught, %d missed, %d false alarms,"
                + " %d repaid loans passed", evaluation.threshold(), confusion.truePositives(),
                confusion.falseNegatives(), confusion.falsePositives(), confusion.trueNegatives()));
        return line.toString();
    }

    private RecordMetadata publish(PublishedModel model) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, PublishedModel> producer = new KafkaProducer<>(config, new StringSerializer(),
                serdes.models().serializer())) {
            return producer.send(new ProducerRecord<>(Topics.MODELS.name(), model.getName(), model)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing " + model.getVersion(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish model " + model.getVersion() + " on "
                    + Topics.MODELS.name() + " at " + bootstrapServers + ": " + e.getCause().getMessage(), e);
        }
    }
}
