package dev.bankstream.scoring.model;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Model;
import org.tribuo.protos.core.ModelProto;

import dev.bankstream.schemas.PublishedModel;

/**
 * A trained model as it is published and stored: Tribuo's protobuf bytes, their SHA-256 and the metadata of the
 * {@code models} topic.
 *
 * <p>Versions read {@code yyyyMMdd'T'HHmmss'Z'-<first 8 hex digits of the payload's SHA-256>}, e.g.
 * {@code 19990101T120000Z-3fa2c1d9}: they sort by training time and differ whenever the bytes differ.
 *
 * <p>{@link #load} refuses, with the reason, a payload whose SHA-256 differs from the announced one, bytes that are
 * not a Tribuo model, a model not trained by {@link LoanDefaultTrainer}, and a model whose feature names differ from
 * what {@link dev.bankstream.scoring.features.LoanFeatures} extracts today (it would read the wrong numbers).
 */
public final class ModelPackage {

    /** Name of the loan-default model on the models topic. */
    public static final String LOAN_DEFAULT = "loan-default";

    private static final DateTimeFormatter VERSION_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String name;
    private final String version;
    private final Algorithm algorithm;
    private final Instant createdAt;
    private final String trainedOn;
    private final List<String> featureNames;
    private final Map<String, Double> metrics;
    private final byte[] payload;
    private final String payloadSha256;

    private ModelPackage(String name, String version, Algorithm algorithm, Instant createdAt, String trainedOn,
            List<String> featureNames, Map<String, Double> metrics, byte[] payload, String payloadSha256) {
        this.name = name;
        this.version = version;
        this.algorithm = algorithm;
        this.createdAt = createdAt;
        this.trainedOn = trainedOn;
        this.featureNames = List.copyOf(featureNames);
        this.metrics = new TreeMap<>(metrics);
        this.payload = payload.clone();
        this.payloadSha256 = payloadSha256;
    }

    /** Packages a trained model; the version is derived from the time and the bytes. */
    public static ModelPackage of(String name, LoanDefaultModel model, Instant createdAt, String trainedOn,
            Map<String, Double> metrics) {
        byte[] payload = model.serialize();
        String sha = sha256(payload);
        return new ModelPackage(name, version(createdAt, sha), model.algorithm(), createdAt, trainedOn,
                model.featureNames(), metrics, payload, sha);
    }

    public static ModelPackage fromPublished(PublishedModel published) {
        ByteBuffer buffer = published.getPayload().duplicate();
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        return new ModelPackage(published.getName(), published.getVersion(),
                Algorithm.fromExternalName(published.getAlgorithm()), published.getCreatedAt(),
                published.getTrainedOn(), published.getFeatureNames(), published.getMetrics(), payload,
                published.getPayloadSha256());
    }

    public PublishedModel toPublished() {
        return PublishedModel.newBuilder()
                .setName(name)
                .setVersion(version)
                .setAlgorithm(algorithm.externalName)
                .setCreatedAt(createdAt)
                .setTrainedOn(trainedOn)
                .setFeatureNames(featureNames)
                .setMetrics(metrics)
                .setPayload(ByteBuffer.wrap(payload.clone()))
                .setPayloadSha256(payloadSha256)
                .build();
    }

    /**
     * The model, ready to score, if the package is intact and fits this scorer.
     *
     * @throws ModelRefusedException with the reason otherwise; the caller keeps its previous model
     */
    public LoanDefaultModel load() throws ModelRefusedException {
        LoanDefaultModel model = load(payload, payloadSha256);
        if (!model.featureNames().equals(featureNames)) {
            throw new ModelRefusedException("package " + version + " lists other features than its model");
        }
        if (model.algorithm() != algorithm) {
            throw new ModelRefusedException("package " + version + " says " + algorithm.externalName
                    + " but its model is " + model.algorithm().externalName);
        }
        return model;
    }

    /** Checks the bytes against the announced SHA-256, then reads and checks the model. */
    public static LoanDefaultModel load(byte[] payload, String expectedSha256) throws ModelRefusedException {
        String actual = sha256(payload);
        if (!actual.equalsIgnoreCase(expectedSha256)) {
            throw new ModelRefusedException("payload SHA-256 " + actual + " does not match the announced "
                    + expectedSha256 + ": the model is corrupt or was altered");
        }
        Model<?> model;
        try {
            model = Model.deserialize(ModelProto.parseFrom(payload));
        } catch (Exception e) {
            // Tribuo signals unreadable protos with a variety of runtime exceptions; all mean the same here.
            throw new ModelRefusedException("payload is not a readable Tribuo model: " + e, e);
        }
        return LoanDefaultModel.restored(model);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String version(Instant createdAt, String sha256) {
        return VERSION_TIME.format(createdAt) + "-" + sha256.substring(0, 8).toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String trainedOn() {
        return trainedOn;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public Map<String, Double> metrics() {
        return metrics;
    }

    public byte[] payload() {
        return payload.clone();
    }

    public String payloadSha256() {
        return payloadSha256;
    }

    /** A file name for the payload, e.g. {@code loan-default-19990101T120000Z-3fa2c1d9.tribuo}. */
    public String fileName() {
        return (name + "-" + version + ".tribuo").replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + algorithm.externalName + ", " + payload.length + " bytes, sha256 "
                + payloadSha256 + ")";
    }
}
