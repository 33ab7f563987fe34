package dev.bankstream.scoring.features;

import java.util.List;

/** The outcome of turning a snapshot into features: a vector to score, or the reasons it cannot be scored. */
public sealed interface FeatureExtraction {

    /**
     * Every feature has a value.
     *
     * @param vector    the features
     * @param fallbacks documented fallbacks that were applied (empty when every fact was known), for counters
     */
    record Complete(FeatureVector vector, List<String> fallbacks) implements FeatureExtraction {
        public Complete {
            fallbacks = List.copyOf(fallbacks);
        }
    }

    /**
     * Required facts are missing; the record belongs in the dead-letter topic with these reasons.
     *
     * @param reasons one sentence per missing fact
     */
    record Incomplete(List<String> reasons) implements FeatureExtraction {
        public Incomplete {
            reasons = List.copyOf(reasons);
        }

        public String reason() {
            return String.join("; ", reasons);
        }
    }
}
