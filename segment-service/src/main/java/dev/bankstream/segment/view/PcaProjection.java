package dev.bankstream.segment.view;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.Training;

/**
 * Training accounts projected onto the first two principal components of the standardized features, each with
 * its segment, for a scatter plot; centroids are projected the same way.
 *
 * @param explainedVariance share of total variance explained by PC1 and PC2
 * @param loadings          PC1 and PC2 as weights per feature (aligned with {@link #features()}), for a biplot
 */
public record PcaProjection(String segmentation, String modelVersion, List<String> features,
        List<Double> explainedVariance, List<List<Double>> loadings, List<Point> accounts, List<Point> centroids) {

    /** @param id account id for accounts, segment id for centroids */
    public record Point(long id, double x, double y, int segmentId) {
    }

    public static PcaProjection of(Training training) {
        PrincipalComponents pca = PrincipalComponents.fit(training.standardized());
        SegmentationModel model = training.model();
        double[][] rows = training.standardized();
        long[] accountIds = training.matrix().accountIds();
        List<Point> accounts = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            accounts.add(new Point(accountIds[i], pca.project(rows[i], 0), pca.project(rows[i], 1),
                    model.segment(training.slots()[i]).id()));
        }
        List<Point> centroids = new ArrayList<>();
        for (int slot = 0; slot < model.k(); slot++) {
            double[] centroid = model.centroid(slot);
            int id = model.segment(slot).id();
            centroids.add(new Point(id, pca.project(centroid, 0), pca.project(centroid, 1), id));
        }
        List<List<Double>> loadings = List.of(boxed(pca.component(0)), boxed(pca.component(1)));
        return new PcaProjection(model.segmentation().id(), model.version(),
                model.segmentation().featureSet().names(),
                List.of(pca.explainedVarianceRatio(0), pca.explainedVarianceRatio(1)), loadings,
                List.copyOf(accounts), List.copyOf(centroids));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return List.copyOf(list);
    }
}
