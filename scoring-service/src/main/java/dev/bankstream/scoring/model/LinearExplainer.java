package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.List;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.TransformerMap;

import dev.bankstream.scoring.features.FeatureVector;

/**
 * Logistic-regression contributions: weight x standardised value, where the weight is the difference between the
 * DEFAULT and REPAID rows of Tribuo's two-class weight matrix (the log-odds weight) and the standardised value is
 * (value - training mean) / training standard deviation, exactly as the model saw it. A feature at the training mean
 * contributes 0, so the reasons say what makes this loan riskier than an average one.
 */
final class LinearExplainer implements Explainer {

    private final int[] features;
    private final List<String> names;
    private final TransformerMap standardisation;
    private final double[] weights;
    private final double bias;

    LinearExplainer(TransformedModel<Label> model, int[] features, List<String> allNames) {
        this.features = features.clone();
        this.names = allNames;
        this.standardisation = model.getTransformerMap();
        LinearSGDModel linear = (LinearSGDModel) model.getInnerModel();
        DenseMatrix matrix = linear.getWeightsCopy();
        int defaultRow = linear.getOutputIDInfo().getID(new Label(TribuoData.DEFAULT));
        int repaidRow = linear.getOutputIDInfo().getID(new Label(TribuoData.REPAID));
        ImmutableFeatureMap featureIds = linear.getFeatureIDMap();
        this.weights = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            int column = featureIds.getID(allNames.get(features[i]));
            weights[i] = matrix.get(defaultRow, column) - matrix.get(repaidRow, column);
        }
        int biasColumn = matrix.getDimension2Size() - 1;
        this.bias = matrix.get(defaultRow, biasColumn) - matrix.get(repaidRow, biasColumn);
    }

    @Override
    public List<Contribution> contributions(FeatureVector vector) {
        List<Contribution> contributions = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            String name = names.get(features[i]);
            double value = vector.value(features[i]);
            double standardised = TransformerMap.applyTransformerList(value, standardisation.get(name));
            contributions.add(new Contribution(name, value, weights[i] * standardised));
        }
        return contributions;
    }

    @Override
    public double baseline(FeatureVector vector) {
        return bias;
    }
}
