package dev.bankstream.segment.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.segment.features.DemographicFeatures;
import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.TrainingSettings;
import dev.bankstream.segment.view.SegmentProfiles;
import dev.bankstream.testsupport.RealData;

/**
 * The demographic segmentation on the real twm customers, as the twm seed asks ("based on demographics, only on
 * the information from twm_customer"): age, gender and years with the bank; twm has no districts, so those three
 * features are missing for everyone and fall back to the mean.
 */
class TwmSegmentationTest {

    @Test
    void segmentsTheRealTwmCustomersDemographically() {
        // Given the 747 twm customers: cust_id;income;age;years_with_bank;nbr_children;gender;...
        Path folder = RealData.requireFolder("twm");
        List<String[]> customers = ReferenceTables.rows(folder.resolve("twm_customer.csv"));
        long[] ids = new long[customers.size()];
        double[][] rows = new double[customers.size()][];
        for (int i = 0; i < customers.size(); i++) {
            String[] c = customers.get(i);
            ids[i] = Long.parseLong(c[0]);
            double female = switch (c[5]) {
                case "F" -> 1;
                case "M" -> 0;
                default -> Double.NaN;
            };
            rows[i] = new double[] {Double.parseDouble(c[2]), female, Double.NaN, Double.NaN, Double.NaN,
                    Double.parseDouble(c[3])};
        }
        FeatureMatrix matrix = new FeatureMatrix(DemographicFeatures.SET, ids, rows);

        // When segmented
        SegmentationModel model = new SegmentationTrainer(TrainingSettings.defaults())
                .train(Segmentation.DEMOGRAPHIC, matrix, null).model();
        Report.print("twm demographic", model);

        // Then k is in 3..5, every customer is in one segment, and names claim nothing about places
        assertThat(model.k()).isBetween(3, 5);
        assertThat(SegmentProfiles.of(model).segments().stream().mapToLong(SegmentProfiles.SegmentProfile::size)
                .sum()).isEqualTo(747);
        List<String> names = new ArrayList<>(model.segments().stream().map(Segment::name).toList());
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.contains(" in "));
    }
}
