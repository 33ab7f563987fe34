package dev.bankstream.segment.recommend;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.segment.model.InvalidModelException;

/**
 * The item-item recommender as a record of the models topic, so that every instance offers from the same counts
 * whatever partitions it owns. The payload is the holdings matrix as (mask, accounts) pairs: with eight products
 * there are at most 256 distinct masks, whatever the number of accounts, and the recommender refits from them in
 * microseconds. The SHA-256 is checked first, and the refitted recommender must have the published version.
 */
public final class RecommenderPublication {

    public static final String MODEL_NAME = "recommender-item-item";
    public static final String ALGORITHM = "item-item-cosine";

    private static final int MAGIC = 0x42524543; // "BREC"
    private static final int FORMAT = 1;

    private RecommenderPublication() {
    }

    public static PublishedModel publish(HoldingsMatrix matrix, String trainedOn, Instant createdAt) {
        ItemItemRecommender recommender = ItemItemRecommender.fit(matrix);
        byte[] payload = encode(matrix);
        return PublishedModel.newBuilder()
                .setName(MODEL_NAME)
                .setVersion(recommender.version())
                .setAlgorithm(ALGORITHM)
                .setCreatedAt(createdAt)
                .setTrainedOn(trainedOn)
                .setFeatureNames(Arrays.stream(Product.all()).map(Product::name).toList())
                .setMetrics(Map.of("accounts", (double) matrix.accounts()))
                .setPayload(ByteBuffer.wrap(payload))
                .setPayloadSha256(sha256(payload))
                .build();
    }

    public static ItemItemRecommender read(PublishedModel published) {
        ByteBuffer buffer = published.getPayload().duplicate();
        byte[] payload = new byte[buffer.remaining()];
        buffer.get(payload);
        String actual = sha256(payload);
        if (!actual.equalsIgnoreCase(published.getPayloadSha256())) {
            throw new InvalidModelException("Payload SHA-256 " + actual + " does not match the published "
                    + published.getPayloadSha256() + " of " + published.getName() + " " + published.getVersion());
        }
        List<String> products = Arrays.stream(Product.all()).map(Product::name).toList();
        if (!products.equals(published.getFeatureNames())) {
            throw new InvalidModelException("Recommender was made for products " + published.getFeatureNames()
                    + "; this service knows " + products);
        }
        ItemItemRecommender recommender = ItemItemRecommender.fit(decode(payload));
        if (!recommender.version().equals(published.getVersion())) {
            throw new InvalidModelException("Payload refits to " + recommender.version() + " but was published as "
                    + published.getVersion());
        }
        return recommender;
    }

    private static byte[] encode(HoldingsMatrix matrix) {
        Map<Integer, Integer> accountsByMask = new TreeMap<>();
        for (int row = 0; row < matrix.accounts(); row++) {
            accountsByMask.merge(matrix.mask(row), 1, Integer::sum);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(accountsByMask.size());
            for (Map.Entry<Integer, Integer> entry : accountsByMask.entrySet()) {
                out.writeInt(entry.getKey());
                out.writeInt(entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static HoldingsMatrix decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new InvalidModelException("Not a recommender payload of format " + FORMAT);
            }
            int distinct = in.readInt();
            int known = (1 << Product.all().length) - 1;
            int[] masks = new int[0];
            for (int i = 0; i < distinct; i++) {
                int mask = in.readInt();
                int accounts = in.readInt();
                if ((mask & ~known) != 0 || accounts < 1) {
                    throw new InvalidModelException("Holdings mask " + mask + " x " + accounts + " is not valid");
                }
                int from = masks.length;
                masks = Arrays.copyOf(masks, from + accounts);
                Arrays.fill(masks, from, masks.length, mask);
            }
            if (in.read() != -1) {
                throw new InvalidModelException("Trailing bytes after the recommender payload");
            }
            return HoldingsMatrix.ofMasks(masks);
        } catch (IOException e) {
            throw new InvalidModelException("Truncated recommender payload: " + e.getMessage());
        }
    }

    private static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
