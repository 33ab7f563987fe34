package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.List;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import dev.bankstream.scoring.features.FeatureVector;

/** Feature vectors as Tribuo examples: the only place that knows Tribuo's data types. */
final class TribuoData {

    static final LabelFactory LABELS = new LabelFactory();
    static final String DEFAULT = "DEFAULT";
    static final String REPAID = "REPAID";

    private TribuoData() {
    }

    /**
     * A weighted dataset over the chosen features. Defaults weigh {@code defaultWeight}, repaid loans 1: the learner
     * then sees both classes with equal total weight instead of mostly repaid loans.
     */
    static MutableDataset<Label> dataset(List<LabelledLoan> loans, int[] features, float defaultWeight) {
        MutableDataset<Label> dataset = new MutableDataset<>(
                new SimpleDataSourceProvenance("bankstream loan snapshots", LABELS), LABELS);
        for (LabelledLoan loan : loans) {
            Example<Label> example = example(loan.features(), features,
                    new Label(loan.defaulted() ? DEFAULT : REPAID));
            if (loan.defaulted()) {
                example.setWeight(defaultWeight);
            }
            dataset.add(example);
        }
        return dataset;
    }

    static Example<Label> unlabelled(FeatureVector vector, int[] features) {
        return example(vector, features, LabelFactory.UNKNOWN_LABEL);
    }

    static List<Example<Label>> unlabelled(List<FeatureVector> vectors, int[] features) {
        List<Example<Label>> examples = new ArrayList<>(vectors.size());
        for (FeatureVector vector : vectors) {
            examples.add(unlabelled(vector, features));
        }
        return examples;
    }

    /** Every chosen feature is written, zeros included: to XGBoost an absent feature means "missing", not 0. */
    private static Example<Label> example(FeatureVector vector, int[] features, Label label) {
        String[] names = new String[features.length];
        double[] values = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            names[i] = vector.name(features[i]);
            values[i] = vector.value(features[i]);
        }
        return new ArrayExample<>(label, names, values);
    }

    /**
     * Indexes of the features whose value varies across the loans. A constant feature carries no information, and
     * Tribuo's standardisation would divide by its zero spread.
     */
    static int[] informativeFeatures(List<LabelledLoan> loans) {
        int size = loans.get(0).features().size();
        List<Integer> varying = new ArrayList<>();
        for (int f = 0; f < size; f++) {
            double first = loans.get(0).features().value(f);
            for (LabelledLoan loan : loans) {
                if (loan.features().value(f) != first) {
                    varying.add(f);
                    break;
                }
            }
        }
        return varying.stream().mapToInt(Integer::intValue).toArray();
    }
}
