package dev.bankstream.scoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.scoring.SyntheticLoans;
import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.card.DataDescription;
import dev.bankstream.scoring.card.DataOrigin;
import dev.bankstream.scoring.card.ModelCard;
import dev.bankstream.scoring.card.ModelCardWriter;
import dev.bankstream.scoring.evaluation.OutOfTimeSplit;
import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.ModelPackage;
import dev.bankstream.scoring.model.TrainingSet;
import dev.bankstream.schemas.PublishedModel;

class TrainingRunTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("1999-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final EvaluationSettings QUICK = new EvaluationSettings(1, 5, 0.7, 100, 1);

    private static TrainingSet trainingSet;
    private static TrainingResult result;

    @BeforeAll
    static void trainOnGeneratedLoans() {
        // Given 300 generated loans, trained and evaluated by the training run
        trainingSet = SyntheticLoans.generate(300, 21).trainingSet();
        DataDescription data = DataDescription.of(DataOrigin.GENERATED, "the test's synthetic loans", trainingSet,
                null);
        result = new TrainingRun(TrainedModels.settings(Algorithm.LOGISTIC_REGRESSION), QUICK, CLOCK)
                .run(trainingSet.loans(), data);
    }

    @Test
    void cardSaysWhatTheModelWasTrainedAndTestedOnAsJson() throws Exception {
        // When the card is written as JSON
        JsonNode card = new ObjectMapper().readTree(ModelCardWriter.json(result.card()));

        // Then it names the data, its origin, size and dates
        assertThat(card.path("version").asText()).isEqualTo(result.modelPackage().version());
        assertThat(card.path("data").path("origin").asText()).isEqualTo("GENERATED");
        assertThat(card.path("data").path("loans").asInt()).isEqualTo(300);
        assertThat(card.path("data").path("defaults").asInt()).isEqualTo(trainingSet.defaults());
        assertThat(card.path("data").path("firstGrant").asText()).isEqualTo(trainingSet.firstGrant().toString());
        assertThat(card.path("trainedOn").asText()).startsWith("GENERATED data").contains("300 loans with");
        // and held-out metrics with intervals, the confusion matrix and the top features
        JsonNode auc = card.path("crossValidation").path("metrics").path("rocAuc");
        assertThat(auc.path("value").asDouble()).isGreaterThan(0.8);
        assertThat(auc.path("lower").asDouble()).isLessThan(auc.path("value").asDouble());
        assertThat(auc.path("method").asText()).contains("Nadeau-Bengio");
        assertThat(card.path("outOfTime").path("metrics").path("rocAuc").path("method").asText()).contains("bootstrap");
        JsonNode confusion = card.path("crossValidation").path("confusion");
        assertThat(confusion.path("truePositives").asInt() + confusion.path("falsePositives").asInt()
                + confusion.path("trueNegatives").asInt() + confusion.path("falseNegatives").asInt()).isEqualTo(300);
        assertThat(card.path("topFeatures")).hasSize(10);
        assertThat(card.path("topFeatures").get(0).path("feature").asText())
                .isIn("loan.paymentToIncome", "balance.min.90d", "balance.firstQuartile.90d", "balance.min.30d");
        assertThat(card.path("caveats").toString()).contains("generated data").contains("Small sample");
    }

    @Test
    void cardIsASelfContainedPageWithCurves() {
        // When the card is written as HTML
        String html = ModelCardWriter.html(result.card());

        // Then it holds both charts inline and fetches nothing
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html.split("<svg ", -1)).hasSize(3);
        assertThat(html).contains("<polyline").contains("ROC curve").contains("Precision-recall curve");
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
                .doesNotContain("href=").doesNotContain("https://");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://");
        // and states the data, the intervals and the confusion matrix
        assertThat(html).contains("GENERATED data").contains("ROC-AUC").contains("95 % interval")
                .contains("Confusion matrix, cross-validation").contains("Confusion matrix, out of time");
    }

    @Test
    void packageCarriesTheHeldOutMetricsAndLoadsBack() throws Exception {
        // When the package is published
        PublishedModel published = result.modelPackage().toPublished();

        // Then its metrics are the held-out figures of the card, and the model loads back
        assertThat(published.getMetrics()).containsKeys("cv.rocAuc", "cv.rocAuc.lower", "cv.rocAuc.upper",
                "oot.rocAuc", "oot.f1", "threshold");
        assertThat(published.getMetrics().get("cv.rocAuc"))
                .isEqualTo(result.card().crossValidation().metrics().get("rocAuc").value());
        assertThat(published.getTrainedOn()).isEqualTo(result.card().trainedOn());
        assertThat(ModelPackage.fromPublished(published).load().threshold()).isEqualTo(result.model().threshold());
    }

    @Test
    void filesAreWrittenUnderTheVersion(@TempDir Path folder) throws Exception {
        // When the result is written to a folder
        List<Path> files = result.writeTo(folder);

        // Then model, JSON card and HTML card are named after the version, and the model file is intact
        String base = "loan-default-" + result.modelPackage().version();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly(base + ".tribuo", base + ".card.json", base + ".card.html");
        byte[] payload = Files.readAllBytes(files.get(0));
        assertThat(ModelPackage.load(payload, result.modelPackage().payloadSha256()).algorithm())
                .isEqualTo(Algorithm.LOGISTIC_REGRESSION);
    }

    @Test
    void outOfTimeTestIsSkippedWithAReasonWhenTheFutureHasNoDefaults() {
        // Given loans whose later 30 % all repaid
        List<LabelledLoan> loans = trainingSet.loans();
        OutOfTimeSplit split = OutOfTimeSplit.atShare(loans, 0.7);
        List<LabelledLoan> noLateDefaults = loans.stream()
                .map(l -> l.grantedOn().isBefore(split.cut()) ? l
                        : new LabelledLoan(l.loanId(), l.accountId(), l.grantedOn(), l.features(), false))
                .toList();

        // When trained
        ModelCard card = new TrainingRun(TrainedModels.settings(Algorithm.LOGISTIC_REGRESSION), QUICK, CLOCK)
                .run(noLateDefaults, DataDescription.of(DataOrigin.GENERATED, "test", trainingSet, null)).card();

        // Then the card says the out-of-time test could not be run, and why
        assertThat(card.outOfTime()).isNull();
        assertThat(card.outOfTimeSkipped()).contains("0 defaults").contains("to test");
        assertThat(ModelCardWriter.html(card)).contains("Out-of-time test skipped");
    }
}
