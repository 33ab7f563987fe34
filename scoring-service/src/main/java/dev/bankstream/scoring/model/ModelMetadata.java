package dev.bankstream.scoring.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;

/**
 * What a trained model needs besides Tribuo's weights to score like it did in evaluation: the feature list it was
 * built for, the calibration, the threshold and the typical (median) value of each feature among its training loans.
 *
 * <p>It travels inside the Tribuo model as instance provenance, so the payload stays one self-describing Tribuo
 * protobuf model, as the PublishedModel contract says. Numbers are written with {@link Double#toString} so they read
 * back bit for bit.
 */
record ModelMetadata(Algorithm algorithm, List<String> featureNames, double[] featureMedians,
        PlattCalibration calibration, double threshold, int trainingLoans, int trainingDefaults) {

    static final String FORMAT = "bankstream-loan-default/1";

    private static final String PREFIX = "bankstream.";
    private static final String KEY_FORMAT = PREFIX + "format";
    private static final String KEY_ALGORITHM = PREFIX + "algorithm";
    private static final String KEY_FEATURES = PREFIX + "featureNames";
    private static final String KEY_MEDIANS = PREFIX + "featureMedians";
    private static final String KEY_SLOPE = PREFIX + "calibration.slope";
    private static final String KEY_INTERCEPT = PREFIX + "calibration.intercept";
    private static final String KEY_THRESHOLD = PREFIX + "threshold";
    private static final String KEY_LOANS = PREFIX + "trainingLoans";
    private static final String KEY_DEFAULTS = PREFIX + "trainingDefaults";

    ModelMetadata {
        featureNames = List.copyOf(featureNames);
        featureMedians = featureMedians.clone();
    }

    double median(String feature) {
        return featureMedians[featureNames.indexOf(feature)];
    }

    Map<String, Provenance> toProvenance() {
        Map<String, Provenance> entries = new HashMap<>();
        put(entries, KEY_FORMAT, FORMAT);
        put(entries, KEY_ALGORITHM, algorithm.externalName);
        put(entries, KEY_FEATURES, String.join(",", featureNames));
        put(entries, KEY_MEDIANS, String.join(",", Arrays.stream(featureMedians).mapToObj(Double::toString).toList()));
        put(entries, KEY_SLOPE, Double.toString(calibration.slope()));
        put(entries, KEY_INTERCEPT, Double.toString(calibration.intercept()));
        put(entries, KEY_THRESHOLD, Double.toString(threshold));
        put(entries, KEY_LOANS, Integer.toString(trainingLoans));
        put(entries, KEY_DEFAULTS, Integer.toString(trainingDefaults));
        return entries;
    }

    static ModelMetadata fromProvenance(MapProvenance<? extends Provenance> provenance) throws ModelRefusedException {
        Map<String, ? extends Provenance> entries = provenance.getMap();
        String format = read(entries, KEY_FORMAT);
        if (!FORMAT.equals(format)) {
            throw new ModelRefusedException("model format " + format + " is not " + FORMAT);
        }
        try {
            List<String> names = List.of(read(entries, KEY_FEATURES).split(","));
            double[] medians = Arrays.stream(read(entries, KEY_MEDIANS).split(",")).mapToDouble(Double::parseDouble)
                    .toArray();
            if (medians.length != names.size()) {
                throw new ModelRefusedException(
                        "model lists " + names.size() + " features but " + medians.length + " typical values");
            }
            return new ModelMetadata(Algorithm.fromExternalName(read(entries, KEY_ALGORITHM)), names, medians,
                    new PlattCalibration(number(entries, KEY_SLOPE), number(entries, KEY_INTERCEPT)),
                    number(entries, KEY_THRESHOLD), Integer.parseInt(read(entries, KEY_LOANS)),
                    Integer.parseInt(read(entries, KEY_DEFAULTS)));
        } catch (IllegalArgumentException e) {
            throw new ModelRefusedException("model metadata is unreadable: " + e.getMessage(), e);
        }
    }

    private static void put(Map<String, Provenance> entries, String key, String value) {
        entries.put(key, new StringProvenance(key, value));
    }

    private static String read(Map<String, ? extends Provenance> entries, String key) throws ModelRefusedException {
        if (entries.get(key) instanceof StringProvenance value) {
            return value.getValue();
        }
        throw new ModelRefusedException("model lacks " + key + ": it was not trained by Bankstream's loan-default trainer");
    }

    private static double number(Map<String, ? extends Provenance> entries, String key) throws ModelRefusedException {
        return Double.parseDouble(read(entries, key));
    }
}
