package dev.bankstream.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.features.FeatureVector;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.schemas.PublishedModel;

class ModelPackageTest {

    private static final Instant TRAINED = Instant.parse("1999-01-01T12:00:00Z");

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void packagedModelScoresExactlyLikeTheOriginalAfterTheTopicRoundTrip(Algorithm algorithm) throws Exception {
        // Given a trained model, packaged and published
        LoanDefaultModel original = TrainedModels.model(algorithm);
        ModelPackage packaged = ModelPackage.of(ModelPackage.LOAN_DEFAULT, original, TRAINED, "synthetic test loans",
                Map.of("cv.rocAuc", 0.9));
        PublishedModel published = packaged.toPublished();

        // When a scorer receives it and loads it
        LoanDefaultModel loaded = ModelPackage.fromPublished(published).load();

        // Then it carries a time-and-content version and scores, calibrates and explains identically
        assertThat(published.getVersion()).matches("19990101T120000Z-[0-9a-f]{8}")
                .endsWith(published.getPayloadSha256().substring(0, 8));
        assertThat(published.getAlgorithm()).isEqualTo(algorithm.externalName);
        assertThat(published.getFeatureNames()).isEqualTo(LoanFeatures.names());
        FeatureVector loan = TrainedModels.LOANS.get(0).features();
        assertThat(loaded.probability(loan)).isEqualTo(original.probability(loan));
        assertThat(loaded.threshold()).isEqualTo(original.threshold());
        assertThat(loaded.calibration()).isEqualTo(original.calibration());
        assertThat(loaded.reasons(loan, 3)).isEqualTo(original.reasons(loan, 3));
        assertThat(loaded.trainingLoans()).isEqualTo(TrainedModels.LOANS.size());
        assertThat(loaded.trainingDefaults())
                .isEqualTo((int) TrainedModels.LOANS.stream().filter(LabelledLoan::defaulted).count());
    }

    @Test
    void payloadThatDoesNotMatchItsShaIsRefused() {
        // Given a package whose bytes were altered in transit
        byte[] payload = TrainedModels.model(Algorithm.LOGISTIC_REGRESSION).serialize();
        String announced = ModelPackage.sha256(payload);
        payload[payload.length / 2] ^= 0x5A;

        // When it is loaded, then it is refused because of the checksum
        assertThatThrownBy(() -> ModelPackage.load(payload, announced))
                .isInstanceOf(ModelRefusedException.class)
                .hasMessageContaining("does not match the announced " + announced)
                .hasMessageContaining("corrupt");
    }

    @Test
    void bytesThatAreNotATribuoModelAreRefusedEvenWithAMatchingSha() {
        // Given garbage announced with its own checksum
        byte[] garbage = "certainly not a model".getBytes();

        // When loaded, then it is refused as unreadable
        assertThatThrownBy(() -> ModelPackage.load(garbage, ModelPackage.sha256(garbage)))
                .isInstanceOf(ModelRefusedException.class)
                .hasMessageStartingWith("payload is not a readable Tribuo model");
    }

    @Test
    void truncatedModelIsRefused() {
        // Given the first half of a real model, with a matching checksum
        byte[] whole = TrainedModels.model(Algorithm.XGBOOST).serialize();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

        // When loaded, then it is refused as unreadable
        assertThatThrownBy(() -> ModelPackage.load(half, ModelPackage.sha256(half)))
                .isInstanceOf(ModelRefusedException.class)
                .hasMessageStartingWith("payload is not a readable Tribuo model");
    }

    @Test
    void modelTrainedOnOtherFeatureNamesIsRefused() {
        // Given a model built for a feature list where one feature was renamed
        List<String> renamed = new ArrayList<>(LoanFeatures.names());
        renamed.set(1, "loan.durationYears");
        byte[] payload = modelWithFeatureList(renamed).serialize().toByteArray();

        // When loaded, then it is refused and the first difference is named
        assertThatThrownBy(() -> ModelPackage.load(payload, ModelPackage.sha256(payload)))
                .isInstanceOf(ModelRefusedException.class)
                .hasMessageContaining("trained on other features")
                .hasMessageContaining("position 1: model has loan.durationYears, scorer has loan.durationMonths");
    }

    @Test
    void modelTrainedOutsideBankstreamIsRefused() {
        // Given a plain Tribuo model without calibration, threshold or feature list
        Model<Label> foreign = new LogisticRegressionTrainer().train(
                TribuoData.dataset(TrainedModels.LOANS, new int[] {0, 1, 2}, 1f));
        byte[] payload = foreign.serialize().toByteArray();

        // When loaded, then it is refused
        assertThatThrownBy(() -> ModelPackage.load(payload, ModelPackage.sha256(payload)))
                .isInstanceOf(ModelRefusedException.class)
                .hasMessage("model lacks bankstream.format: it was not trained by Bankstream's loan-default trainer");
    }

    private static Model<Label> modelWithFeatureList(List<String> names) {
        ModelMetadata metadata = new ModelMetadata(Algorithm.LOGISTIC_REGRESSION, names, new double[names.size()],
                new PlattCalibration(1, 0), 0.5, 1, 1);
        return new LogisticRegressionTrainer().train(
                TribuoData.dataset(TrainedModels.LOANS, new int[] {0, 2}, 1f), metadata.toProvenance());
    }
}
