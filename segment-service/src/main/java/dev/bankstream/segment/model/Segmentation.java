package dev.bankstream.segment.model;

import dev.bankstream.segment.features.BehaviouralFeatures;
import dev.bankstream.segment.features.DemographicFeatures;
import dev.bankstream.segment.features.FeatureSet;

/** The segmentations Bankstream maintains: each a feature set and the rule that names its segments. */
public enum Segmentation {
    BEHAVIOURAL("behavioural", BehaviouralFeatures.SET, new BehaviouralNamer()),
    DEMOGRAPHIC("demographic", DemographicFeatures.SET, new DemographicNamer());

    private final String id;
    private final FeatureSet featureSet;
    private final SegmentNamer namer;

    Segmentation(String id, FeatureSet featureSet, SegmentNamer namer) {
        this.id = id;
        this.featureSet = featureSet;
        this.namer = namer;
    }

    /** The value of SegmentChange.segmentation and SegmentAssignment.segmentation. */
    public String id() {
        return id;
    }

    /** The key of its models on the models topic. */
    public String modelName() {
        return "segmentation-" + id;
    }

    public FeatureSet featureSet() {
        return featureSet;
    }

    public SegmentNamer namer() {
        return namer;
    }

    public static Segmentation byId(String id) {
        for (Segmentation segmentation : values()) {
            if (segmentation.id.equals(id)) {
                return segmentation;
            }
        }
        throw new IllegalArgumentException("Unknown segmentation " + id);
    }
}
