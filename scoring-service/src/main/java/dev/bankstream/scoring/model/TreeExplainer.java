package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.List;

import org.tribuo.ImmutableFeatureMap;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

import dev.bankstream.scoring.features.FeatureVector;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Boosted-tree contributions: exact TreeSHAP values from XGBoost's own {@code predictContrib} on the booster Tribuo
 * trained (Tribuo exposes the booster but no explanation of its own). Tribuo trains a two-class softmax, so the
 * log-odds of default is margin(DEFAULT) - margin(REPAID) and each feature's contribution is the difference of its
 * SHAP values for the two classes. Contributions plus the baseline (the model's expected log-odds) equal the raw
 * log-odds exactly; the rows are built like Tribuo builds them (every feature present, columns by feature id).
 */
final class TreeExplainer implements Explainer {

    private final Booster booster;
    private final int[] features;
    private final List<String> names;
    private final int[] columns;
    private final int columnCount;
    private final int defaultClass;
    private final int repaidClass;

    TreeExplainer(XGBoostModel<Label> model, int[] features, List<String> allNames) {
        this.booster = model.getInnerModels().get(0);
        this.features = features.clone();
        this.names = allNames;
        ImmutableFeatureMap featureIds = model.getFeatureIDMap();
        this.columnCount = featureIds.size();
        this.columns = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            columns[i] = featureIds.getID(allNames.get(features[i]));
        }
        this.defaultClass = model.getOutputIDInfo().getID(new Label(TribuoData.DEFAULT));
        this.repaidClass = model.getOutputIDInfo().getID(new Label(TribuoData.REPAID));
    }

    @Override
    public List<Contribution> contributions(FeatureVector vector) {
        float[] shap = shap(vector);
        List<Contribution> contributions = new ArrayList<>(features.length);
        for (int i = 0; i < features.length; i++) {
            double logOdds = shap[offset(defaultClass) + columns[i]] - shap[offset(repaidClass) + columns[i]];
            contributions.add(new Contribution(names.get(features[i]), vector.value(features[i]), logOdds));
        }
        return contributions;
    }

    @Override
    public double baseline(FeatureVector vector) {
        float[] shap = shap(vector);
        return shap[offset(defaultClass) + columnCount] - shap[offset(repaidClass) + columnCount];
    }

    /** Per class: one SHAP value per column, then the class's bias. */
    private int offset(int outputClass) {
        return outputClass * (columnCount + 1);
    }

    private float[] shap(FeatureVector vector) {
        int[] sortedColumns = new int[columnCount];
        float[] values = new float[columnCount];
        for (int i = 0; i < features.length; i++) {
            sortedColumns[columns[i]] = columns[i];
            values[columns[i]] = (float) vector.value(features[i]);
        }
        try {
            DMatrix row = new DMatrix(new long[] {0, columnCount}, sortedColumns, values, DMatrix.SparseType.CSR,
                    columnCount);
            try {
                return booster.predictContrib(row, 0)[0];
            } finally {
                row.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain the score: " + e.getMessage(), e);
        }
    }
}
