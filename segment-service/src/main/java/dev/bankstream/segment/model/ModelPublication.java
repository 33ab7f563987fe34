package dev.bankstream.segment.model;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.bankstream.schemas.PublishedModel;

/**
 * A segmentation model as a record of the models topic (keyed by {@link Segmentation#modelName()}), and back.
 * The SHA-256 is checked before anything is decoded: a mismatch refuses the model.
 */
public final class ModelPublication {

    public static final String ALGORITHM = "kmeans";

    private ModelPublication() {
    }

    /**
     * @param trainedOn which data it was trained on (real Berka, twm or generated, and the date range)
     */
    public static PublishedModel publish(SegmentationModel model, String trainedOn, Instant createdAt) {
        byte[] payload = SegmentationModelCodec.encode(model);
        return PublishedModel.newBuilder()
                .setName(model.segmentation().modelName())
                .setVersion(model.version())
                .setAlgorithm(ALGORITHM)
                .setCreatedAt(createdAt)
                .setTrainedOn(trainedOn)
                .setFeatureNames(model.segmentation().featureSet().names())
                .setMetrics(metrics(model))
                .setPayload(ByteBuffer.wrap(payload))
                .setPayloadSha256(sha256(payload))
                .build();
    }

    /** Silhouette and Davies-Bouldin of the chosen k, and of every k tried ("k4.silhouette", ...). */
    static Map<String, Double> metrics(SegmentationModel model) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("k", (double) model.k());
        metrics.put("silhouette", model.chosen().silhouette());
        metrics.put("daviesBouldin", model.chosen().daviesBouldin());
        for (KCandidate candidate : model.candidates()) {
            metrics.put("k" + candidate.k() + ".silhouette", candidate.silhouette());
            metrics.put("k" + candidate.k() + ".daviesBouldin", candidate.daviesBouldin());
        }
        return metrics;
    }

    public static SegmentationModel read(PublishedModel published) {
        ByteBuffer buffer = published.getPayload().duplicate();
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        String actual = sha256(payload);
        if (!actual.equalsIgnoreCase(published.getPayloadSha256())) {
            throw new InvalidModelException("Payload SHA-256 " + actual + " does not match the published "
                    + published.getPayloadSha256() + " of " + published.getName() + " " + published.getVersion());
        }
        SegmentationModel model = SegmentationModelCodec.decode(payload);
        if (!model.segmentation().modelName().equals(published.getName())
                || !model.version().equals(published.getVersion())) {
            throw new InvalidModelException("Payload is " + model.segmentation().modelName() + " " + model.version()
                    + " but was published as " + published.getName() + " " + published.getVersion());
        }
        return model;
    }

    static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
