package dev.bankstream.scoring.model;

import java.util.List;

import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

import dev.bankstream.scoring.features.FeatureVector;

/** A Tribuo model seen as a function from feature vectors to log-odds of default, before calibration. */
final class RawModel {

    /** Raw probabilities are clipped here before taking log-odds, so a certain-looking tree stays finite. */
    private static final double CLIP = 1e-7;

    final Model<Label> tribuo;
    /** Indexes (into the full feature list) of the features the Tribuo model knows, ascending. */
    final int[] features;

    RawModel(Model<Label> tribuo, List<String> featureNames) {
        this.tribuo = tribuo;
        this.features = tribuo.getFeatureIDMap().keySet().stream()
                .mapToInt(featureNames::indexOf)
                .sorted()
                .toArray();
    }

    double logOdds(FeatureVector vector) {
        return logOdds(tribuo.predict(TribuoData.unlabelled(vector, features)));
    }

    double[] logOdds(List<FeatureVector> vectors) {
        List<Prediction<Label>> predictions = tribuo.predict(TribuoData.unlabelled(vectors, features));
        double[] logOdds = new double[predictions.size()];
        for (int i = 0; i < logOdds.length; i++) {
            logOdds[i] = logOdds(predictions.get(i));
        }
        return logOdds;
    }

    private static double logOdds(Prediction<Label> prediction) {
        double p = prediction.getOutputScores().get(TribuoData.DEFAULT).getScore();
        p = Math.min(1 - CLIP, Math.max(CLIP, p));
        return Math.log(p / (1 - p));
    }
}
