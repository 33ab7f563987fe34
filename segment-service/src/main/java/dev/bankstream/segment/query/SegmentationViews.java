package dev.bankstream.segment.query;

import jakarta.enterprise.context.ApplicationScoped;

import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.Training;
import dev.bankstream.segment.view.KMeansHistory;
import dev.bankstream.segment.view.PcaProjection;

/**
 * The dashboard views that need accounts as well as a model: the model in service applied to every account's latest
 * snapshot, on whichever instance it is. That is the model's own training data when nothing arrived since it was trained, and shows today's
 * accounts otherwise (and works the same on an instance that did not train the model itself).
 */
@ApplicationScoped
public class SegmentationViews {

    private final SegmentQueries queries;

    SegmentationViews(SegmentQueries queries) {
        this.queries = queries;
    }

    public PcaProjection pca(SegmentationModel model) {
        return PcaProjection.of(currentAccounts(model));
    }

    public KMeansHistory kmeansHistory(SegmentationModel model, int iterations) {
        return KMeansHistory.replay(currentAccounts(model), iterations);
    }

    private Training currentAccounts(SegmentationModel model) {
        Segmentation segmentation = model.segmentation();
        FeatureMatrix matrix = FeatureMatrix.extract(segmentation.featureSet(), queries.allSnapshots()).matrix();
        if (matrix.rows() < model.k()) {
            throw new IllegalStateException("Only " + matrix.rows() + " accounts can be placed in " + segmentation.id());
        }
        double[][] standardized = model.standardizer().standardize(matrix.raw());
        int[] slots = new int[standardized.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = model.slotOf(standardized[i]);
        }
        return new Training(model, matrix, standardized, slots);
    }
}
