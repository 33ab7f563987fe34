package dev.bankstream.scoring.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.transform.TransformedModel;

import dev.bankstream.scoring.features.FeatureDefinition;
import dev.bankstream.scoring.features.FeatureVector;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.schemas.Reason;

/**
 * A trained loan-default model ready to score: a Tribuo model plus its calibration, threshold and explainer.
 * Probabilities are calibrated; {@link #reasons} says why in words.
 */
public final class LoanDefaultModel {

    /**
     * A feature is a reason only if it adds at least this much to the log-odds (odds x 1.1): smaller pushes are noise
     * that would list "0 sanction charges" as a cause of risk.
     */
    public static final double MIN_REASON_CONTRIBUTION = 0.1;

    private final RawModel raw;
    private final ModelMetadata metadata;
    private final Explainer explainer;

    private LoanDefaultModel(Model<Label> tribuo, ModelMetadata metadata) {
        this.raw = new RawModel(tribuo, metadata.featureNames());
        this.metadata = metadata;
        this.explainer = explainerFor(tribuo, raw.features, metadata.featureNames());
    }

    /** Wraps a freshly trained Tribuo model. */
    static LoanDefaultModel trained(Model<Label> tribuo, ModelMetadata metadata) {
        return new LoanDefaultModel(tribuo, metadata);
    }

    /**
     * Checks a deserialised Tribuo model and wraps it.
     *
     * @throws ModelRefusedException when it is not a Bankstream loan-default model for today's features
     */
    static LoanDefaultModel restored(Model<?> model) throws ModelRefusedException {
        if (!model.validate(Label.class)) {
            throw new ModelRefusedException("model predicts " + model.getOutputIDInfo().getDomain()
                    + ", not loan outcomes");
        }
        Model<Label> labelModel = model.castModel(Label.class);
        if (labelModel.getOutputIDInfo().getID(new Label(TribuoData.DEFAULT)) < 0
                || labelModel.getOutputIDInfo().getID(new Label(TribuoData.REPAID)) < 0) {
            throw new ModelRefusedException("model does not predict both " + TribuoData.DEFAULT + " and "
                    + TribuoData.REPAID);
        }
        ModelMetadata metadata = ModelMetadata.fromProvenance(model.getProvenance().getInstanceProvenance());
        requireSameFeatures(metadata.featureNames());
        for (String name : labelModel.getFeatureIDMap().keySet()) {
            if (!metadata.featureNames().contains(name)) {
                throw new ModelRefusedException("model uses feature " + name + ", which its feature list lacks");
            }
        }
        boolean expectedKind = switch (metadata.algorithm()) {
            case LOGISTIC_REGRESSION -> model instanceof TransformedModel;
            case XGBOOST -> model instanceof XGBoostModel;
        };
        if (!expectedKind) {
            throw new ModelRefusedException("model says " + metadata.algorithm().externalName + " but is a "
                    + model.getClass().getSimpleName());
        }
        return new LoanDefaultModel(labelModel, metadata);
    }

    private static void requireSameFeatures(List<String> modelFeatures) throws ModelRefusedException {
        List<String> ours = LoanFeatures.names();
        if (modelFeatures.equals(ours)) {
            return;
        }
        int position = 0;
        while (position < Math.min(ours.size(), modelFeatures.size())
                && ours.get(position).equals(modelFeatures.get(position))) {
            position++;
        }
        String theirs = position < modelFeatures.size() ? modelFeatures.get(position) : "(end of list)";
        String mine = position < ours.size() ? ours.get(position) : "(end of list)";
        throw new ModelRefusedException("model was trained on other features: " + modelFeatures.size()
                + " features vs " + ours.size() + " extracted here; first difference at position " + position
                + ": model has " + theirs + ", scorer has " + mine);
    }

    @SuppressWarnings("unchecked")
    private static Explainer explainerFor(Model<Label> model, int[] features, List<String> names) {
        if (model instanceof TransformedModel<?> transformed) {
            return new LinearExplainer((TransformedModel<Label>) transformed, features, names);
        }
        if (model instanceof XGBoostModel<?> trees) {
            return new TreeExplainer((XGBoostModel<Label>) trees, features, names);
        }
        throw new IllegalArgumentException("No explainer for " + model.getClass().getName());
    }

    public Algorithm algorithm() {
        return metadata.algorithm();
    }

    /** The full feature list the model expects, in order (equal to {@link LoanFeatures#names()}). */
    public List<String> featureNames() {
        return metadata.featureNames();
    }

    /** Features the model actually uses: those that varied among its training loans. */
    public List<String> usedFeatures() {
        List<String> used = new ArrayList<>(raw.features.length);
        for (int feature : raw.features) {
            used.add(metadata.featureNames().get(feature));
        }
        return used;
    }

    /** Calibrated probability at or above which a loan counts as a predicted default. */
    public double threshold() {
        return metadata.threshold();
    }

    public PlattCalibration calibration() {
        return metadata.calibration();
    }

    public int trainingLoans() {
        return metadata.trainingLoans();
    }

    public int trainingDefaults() {
        return metadata.trainingDefaults();
    }

    /** Median of a feature among the training loans: what "typical" means in reasons. */
    public double typicalValue(String feature) {
        return metadata.median(feature);
    }

    /** Calibrated probability of default. */
    public double probability(FeatureVector vector) {
        return metadata.calibration().probability(rawLogOdds(vector));
    }

    /** Calibrated probabilities for many loans at once (faster for trees). */
    public double[] probabilities(List<FeatureVector> vectors) {
        double[] logOdds = raw.logOdds(vectors);
        double[] calibrated = new double[logOdds.length];
        for (int i = 0; i < logOdds.length; i++) {
            calibrated[i] = metadata.calibration().probability(logOdds[i]);
        }
        return calibrated;
    }

    /** The model's own log-odds of default, before calibration: the scale contributions add up to. */
    public double rawLogOdds(FeatureVector vector) {
        return raw.logOdds(vector);
    }

    /** Every used feature's contribution, largest push towards default first. */
    public List<Contribution> contributions(FeatureVector vector) {
        List<Contribution> contributions = new ArrayList<>(explainer.contributions(vector));
        contributions.sort(Comparator.comparingDouble(Contribution::contribution).reversed());
        return contributions;
    }

    /** Raw log-odds not attributed to any feature; contributions plus this equal {@link #rawLogOdds}. */
    public double baseline(FeatureVector vector) {
        return explainer.baseline(vector);
    }

    /**
     * Up to {@code limit} reason codes: the features that raised this loan's risk most (by at least
     * {@link #MIN_REASON_CONTRIBUTION}), each with its value and the typical value among training loans, e.g.
     * "Days the balance ended below 0 since the account opened: 12 days (typical borrower: 0 days)".
     */
    public List<Reason> reasons(FeatureVector vector, int limit) {
        List<Reason> reasons = new ArrayList<>(limit);
        for (Contribution contribution : contributions(vector)) {
            if (reasons.size() == limit || contribution.contribution() < MIN_REASON_CONTRIBUTION) {
                break;
            }
            FeatureDefinition definition = LoanFeatures.definition(contribution.feature());
            String explanation = definition.description() + ": " + definition.unit().format(contribution.value())
                    + " (typical borrower: " + definition.unit().format(typicalValue(contribution.feature())) + ")";
            reasons.add(new Reason(definition.code(), definition.name(), contribution.value(),
                    contribution.contribution(), explanation));
        }
        return reasons;
    }

    /** The Tribuo model in Tribuo's protobuf format, metadata included. */
    public byte[] serialize() {
        return raw.tribuo.serialize().toByteArray();
    }
}
