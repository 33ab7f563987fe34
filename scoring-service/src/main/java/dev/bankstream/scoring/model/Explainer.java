package dev.bankstream.scoring.model;

import java.util.List;

import dev.bankstream.scoring.features.FeatureVector;

/** Splits a model's raw log-odds for one loan into per-feature contributions. */
interface Explainer {

    /** One contribution per feature the model uses, in model feature order. */
    List<Contribution> contributions(FeatureVector features);

    /** The part of the raw log-odds no feature explains (bias for the linear model, expected value for trees). */
    double baseline(FeatureVector features);
}
