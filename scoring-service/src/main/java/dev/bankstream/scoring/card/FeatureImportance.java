package dev.bankstream.scoring.card;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.bankstream.scoring.features.FeatureVector;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.scoring.model.Contribution;
import dev.bankstream.scoring.model.LoanDefaultModel;

/**
 * How much a feature moves the model's scores: the mean absolute contribution (log-odds) over the training loans,
 * with the same contributions the reason codes use, so the card and the alerts tell one story.
 *
 * @param direction "higher raises risk" or "lower raises risk": the sign of the correlation between the feature's
 *                  value and its contribution
 */
public record FeatureImportance(String feature, String description, double meanAbsoluteContribution,
        String direction) {

    public static List<FeatureImportance> rank(LoanDefaultModel model, List<FeatureVector> loans, int top) {
        List<String> used = model.usedFeatures();
        double[][] values = new double[used.size()][loans.size()];
        double[][] contributions = new double[used.size()][loans.size()];
        for (int i = 0; i < loans.size(); i++) {
            for (Contribution contribution : model.contributions(loans.get(i))) {
                int f = used.indexOf(contribution.feature());
                values[f][i] = contribution.value();
                contributions[f][i] = contribution.contribution();
            }
        }
        List<FeatureImportance> ranked = new ArrayList<>();
        for (int f = 0; f < used.size(); f++) {
            double meanAbsolute = 0;
            for (double c : contributions[f]) {
                meanAbsolute += Math.abs(c);
            }
            ranked.add(new FeatureImportance(used.get(f), LoanFeatures.definition(used.get(f)).description(),
                    meanAbsolute / loans.size(),
                    covariance(values[f], contributions[f]) >= 0 ? "higher raises risk" : "lower raises risk"));
        }
        ranked.sort(Comparator.comparingDouble(FeatureImportance::meanAbsoluteContribution).reversed());
        return List.copyOf(ranked.subList(0, Math.min(top, ranked.size())));
    }

    private static double covariance(double[] x, double[] y) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i] / x.length;
            meanY += y[i] / y.length;
        }
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - meanX) * (y[i] - meanY);
        }
        return sum;
    }
}
