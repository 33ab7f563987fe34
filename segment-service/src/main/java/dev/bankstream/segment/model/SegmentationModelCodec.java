package dev.bankstream.segment.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.bankstream.segment.features.FeatureSet;
import dev.bankstream.segment.features.Scale;
import dev.bankstream.segment.features.Standardizer;

/**
 * The bytes of a segmentation model on the models topic. Everything assignment needs is in them (standardizer,
 * centroids, segments) and nothing else: the Tribuo model is not, because online assignment does not run it.
 * The feature names are written and checked on reading, so a model trained on a different feature set is refused
 * rather than silently misread.
 */
public final class SegmentationModelCodec {

    private static final int MAGIC = 0x42534547; // "BSEG"
    private static final int FORMAT = 1;

    private SegmentationModelCodec() {
    }

    public static byte[] encode(SegmentationModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(model.segmentation().id());
            out.writeUTF(model.version());
            out.writeInt(model.generation());
            out.writeLong(model.seed());
            out.writeInt(model.maxIterations());
            out.writeInt(model.nextSegmentId());
            FeatureSet features = model.segmentation().featureSet();
            Standardizer standardizer = model.standardizer();
            Scale[] scales = standardizer.scales();
            double[] means = standardizer.means();
            double[] deviations = standardizer.deviations();
            out.writeInt(features.size());
            for (int f = 0; f < features.size(); f++) {
                out.writeUTF(features.feature(f).name());
                out.writeUTF(scales[f].name());
                out.writeDouble(means[f]);
                out.writeDouble(deviations[f]);
                out.writeBoolean(standardizer.observed(f));
            }
            out.writeInt(model.k());
            for (int slot = 0; slot < model.k(); slot++) {
                out.writeInt(model.segment(slot).id());
                out.writeUTF(model.segment(slot).name());
                out.writeLong(model.trainingSize(slot));
                for (double value : model.centroid(slot)) {
                    out.writeDouble(value);
                }
            }
            out.writeInt(model.candidates().size());
            for (KCandidate candidate : model.candidates()) {
                out.writeInt(candidate.k());
                out.writeDouble(candidate.silhouette());
                out.writeDouble(candidate.daviesBouldin());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static SegmentationModel decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readInt() != MAGIC) {
                throw new InvalidModelException("Not a segmentation model");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw new InvalidModelException("Unsupported segmentation model format " + format);
            }
            Segmentation segmentation = Segmentation.byId(in.readUTF());
            String version = in.readUTF();
            int generation = in.readInt();
            long seed = in.readLong();
            int maxIterations = in.readInt();
            int nextSegmentId = in.readInt();
            FeatureSet features = segmentation.featureSet();
            int width = in.readInt();
            if (width != features.size()) {
                throw new InvalidModelException("Model has " + width + " features; this service expects "
                        + features.names());
            }
            Scale[] scales = new Scale[width];
            double[] means = new double[width];
            double[] deviations = new double[width];
            boolean[] observed = new boolean[width];
            for (int f = 0; f < width; f++) {
                String name = in.readUTF();
                if (!name.equals(features.feature(f).name())) {
                    throw new InvalidModelException("Model feature " + f + " is " + name + "; this service expects "
                            + features.feature(f).name());
                }
                scales[f] = Scale.valueOf(in.readUTF());
                means[f] = in.readDouble();
                deviations[f] = in.readDouble();
                observed[f] = in.readBoolean();
            }
            int k = in.readInt();
            Segment[] segments = new Segment[k];
            long[] sizes = new long[k];
            double[][] centroids = new double[k][width];
            for (int slot = 0; slot < k; slot++) {
                segments[slot] = new Segment(in.readInt(), in.readUTF());
                sizes[slot] = in.readLong();
                for (int f = 0; f < width; f++) {
                    centroids[slot][f] = in.readDouble();
                }
            }
            int candidateCount = in.readInt();
            List<KCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < candidateCount; i++) {
                candidates.add(new KCandidate(in.readInt(), in.readDouble(), in.readDouble()));
            }
            if (in.read() != -1) {
                throw new InvalidModelException("Trailing bytes after the segmentation model");
            }
            Standardizer standardizer = new Standardizer(scales, means, deviations, observed);
            return new SegmentationModel(segmentation, version, generation, standardizer, centroids, segments, sizes,
                    candidates, seed, maxIterations, nextSegmentId);
        } catch (IOException e) {
            throw new InvalidModelException("Truncated segmentation model: " + e.getMessage());
        }
    }
}
