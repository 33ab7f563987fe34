package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;

import dev.bankstream.scoring.features.LoanFeatures;

/**
 * Fits a calibrated loan-default model in three steps, all on the loans it is given and nothing else:
 * <ol>
 *   <li>split the loans into {@code calibrationFolds} stratified folds, fit a raw model on all but one fold and score
 *       the held-out fold, until every loan has an out-of-fold raw score;</li>
 *   <li>fit Platt scaling on those scores ({@link PlattCalibration}) and choose the F1-best threshold on the
 *       calibrated out-of-fold probabilities ({@link DecisionThreshold});</li>
 *   <li>fit the raw model on all loans and attach calibration, threshold and feature medians.</li>
 * </ol>
 *
 * <p>Class imbalance: every default is weighted n(repaid)/n(default), so both classes carry the same total weight
 * while the learner fits; calibration then maps the scores back to real default rates.
 *
 * <p>Logistic regression is Tribuo's linear SGD with the log loss, AdaGrad, and each feature standardised to mean 0
 * and standard deviation 1 on the training loans (a Tribuo transformation stored in the model). Boosted trees are
 * Tribuo's XGBoost trainer on raw values (trees need no scaling). A fresh Tribuo trainer is built for every fit so
 * that a seed gives the same model however often the trainer was used before.
 */
public final class LoanDefaultTrainer {

    private final TrainingSettings settings;

    public LoanDefaultTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    public LoanDefaultModel train(List<LabelledLoan> loans) {
        return train(loans, settings.seed());
    }

    /** As {@link #train(List)} with another seed: cross-validation gives every fold its own. */
    public LoanDefaultModel train(List<LabelledLoan> loans, long seed) {
        if (loans.isEmpty()) {
            throw new IllegalArgumentException("No loans to train on");
        }
        boolean[] defaulted = labels(loans);
        int[] fold = StratifiedFolds.assign(defaulted, settings.calibrationFolds(), new Random(seed));
        double[] outOfFold = new double[loans.size()];
        for (int k = 0; k < settings.calibrationFolds(); k++) {
            List<LabelledLoan> fitOn = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < loans.size(); i++) {
                if (fold[i] == k) {
                    heldOut.add(i);
                } else {
                    fitOn.add(loans.get(i));
                }
            }
            RawModel inner = new RawModel(fitRaw(fitOn, seed + 1 + k, Map.of()), LoanFeatures.names());
            double[] scores = inner.logOdds(heldOut.stream().map(i -> loans.get(i).features()).toList());
            for (int j = 0; j < scores.length; j++) {
                outOfFold[heldOut.get(j)] = scores[j];
            }
        }
        PlattCalibration calibration = PlattCalibration.fit(outOfFold, defaulted);
        double[] calibrated = Arrays.stream(outOfFold).map(calibration::probability).toArray();
        double threshold = DecisionThreshold.maximisingF1(calibrated, defaulted);
        ModelMetadata metadata = new ModelMetadata(settings.algorithm(), LoanFeatures.names(), medians(loans),
                calibration, threshold, loans.size(), count(defaulted));
        return LoanDefaultModel.trained(fitRaw(loans, seed, metadata.toProvenance()), metadata);
    }

    private Model<Label> fitRaw(List<LabelledLoan> loans, long seed, Map<String, Provenance> provenance) {
        boolean[] defaulted = labels(loans);
        int defaults = count(defaulted);
        if (defaults == 0 || defaults == loans.size()) {
            throw new IllegalArgumentException("Training needs both defaulted and repaid loans; got " + defaults
                    + " defaults among " + loans.size());
        }
        float defaultWeight = (float) (loans.size() - defaults) / defaults;
        MutableDataset<Label> dataset = TribuoData.dataset(loans, TribuoData.informativeFeatures(loans), defaultWeight);
        try {
            return tribuoTrainer(seed).train(dataset, provenance);
        } catch (IllegalStateException e) {
            if (!spuriousColumnMismatch(e)) {
                throw e;
            }
            // XGBoost 1.6 now and then rejects its own training matrix; the same loans and seed went through on every
            // other attempt (1 failure in 8 trainings here), so one more attempt is made; a second failure stands.
            return tribuoTrainer(seed).train(dataset, provenance);
        }
    }

    private static boolean spuriousColumnMismatch(IllegalStateException e) {
        return e.getMessage() != null && e.getMessage().contains("Number of columns does not match number of features");
    }

    private Trainer<Label> tribuoTrainer(long seed) {
        return switch (settings.algorithm()) {
            case LOGISTIC_REGRESSION -> new TransformTrainer<>(
                    new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), 1e-6),
                            settings.epochs(), -1, 1, seed),
                    new TransformationMap(List.of(new MeanStdDevTransformation())), true);
            case XGBOOST -> new XGBoostClassificationTrainer(settings.trees(), settings.eta(), 0.0,
                    settings.maxDepth(), 1.0, settings.subsample(), settings.subsample(), 1.0, 0.0, 1, true, seed);
        };
    }

    private static double[] medians(List<LabelledLoan> loans) {
        int size = LoanFeatures.names().size();
        double[] medians = new double[size];
        double[] column = new double[loans.size()];
        for (int f = 0; f < size; f++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = loans.get(i).features().value(f);
            }
            Arrays.sort(column);
            int middle = column.length / 2;
            medians[f] = column.length % 2 == 1 ? column[middle] : (column[middle - 1] + column[middle]) / 2;
        }
        return medians;
    }

    static boolean[] labels(List<LabelledLoan> loans) {
        boolean[] labels = new boolean[loans.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = loans.get(i).defaulted();
        }
        return labels;
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }
}
