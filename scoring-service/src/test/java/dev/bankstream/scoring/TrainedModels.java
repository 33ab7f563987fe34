package dev.bankstream.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.bankstream.scoring.model.Algorithm;
import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.LoanDefaultTrainer;
import dev.bankstream.scoring.model.TrainingSettings;

/** One synthetic sample and models trained on it once per test JVM: training is the slow part of these tests. */
public final class TrainedModels {

    /** 500 synthetic loans, about 17 % defaults. */
    public static final List<LabelledLoan> LOANS = SyntheticLoans.generate(500, 11).loans();

    private static final Map<Algorithm, LoanDefaultModel> MODELS = new EnumMap<>(Algorithm.class);

    private TrainedModels() {
    }

    /** Smaller than the published defaults (fewer trees) so that cross-validation in tests stays quick. */
    public static TrainingSettings settings(Algorithm algorithm) {
        TrainingSettings defaults = TrainingSettings.defaults(algorithm);
        return new TrainingSettings(algorithm, defaults.seed(), defaults.calibrationFolds(), defaults.epochs(),
                defaults.learningRate(), 40, defaults.maxDepth(), 0.2, defaults.subsample());
    }

    public static LoanDefaultTrainer trainer(Algorithm algorithm) {
        return new LoanDefaultTrainer(settings(algorithm));
    }

    public static synchronized LoanDefaultModel model(Algorithm algorithm) {
        return MODELS.computeIfAbsent(algorithm, a -> trainer(a).train(LOANS));
    }
}
