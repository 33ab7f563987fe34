package dev.bankstream.scoring.model;

import java.util.Arrays;

/** The loan-default learners. The external name is what PublishedModel.algorithm and the model card say. */
public enum Algorithm {
    LOGISTIC_REGRESSION("logistic-regression"),
    XGBOOST("xgboost");

    public final String externalName;

    Algorithm(String externalName) {
        this.externalName = externalName;
    }

    public static Algorithm fromExternalName(String name) {
        return Arrays.stream(values())
                .filter(a -> a.externalName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown algorithm " + name));
    }
}
