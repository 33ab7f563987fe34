package dev.bankstream.segment.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bankstream.segment.features.DemographicFeatures;
import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.TrainingSettings;
import dev.bankstream.segment.recommend.HitRateEvaluation;
import dev.bankstream.segment.recommend.HoldingsMatrix;
import dev.bankstream.segment.recommend.Product;
import dev.bankstream.testsupport.RealData;

/**
 * The real PKDD'99 reference tables: the demographic segmentation of its 4,500 accounts, and the offline
 * evaluation of the recommender on their product holdings. Codes are decoded here only as far as these two need
 * (the ingest-service is where Berka is read for real).
 */
class BerkaRealDataTest {

    /** The end of the full data set: ages and tenures are taken then. */
    private static final LocalDate AS_OF = LocalDate.of(1998, 12, 31);

    @Test
    void segmentsTheRealBerkaAccountsDemographically() {
        // Given every account with its owner and district (account, disp, client, district)
        Path folder = RealData.requireFolder("berka");
        Map<String, String[]> districts = new HashMap<>();
        for (String[] d : ReferenceTables.rows(folder.resolve("district.asc"))) {
            districts.put(d[0], d);
        }
        Map<String, String> birthNumbers = new HashMap<>();
        for (String[] c : ReferenceTables.rows(folder.resolve("client.asc"))) {
            birthNumbers.put(c[0], c[1]);
        }
        Map<String, String> ownerOf = new HashMap<>();
        for (String[] d : ReferenceTables.rows(folder.resolve("disp.asc"))) {
            if (d[3].equals("OWNER")) {
                ownerOf.put(d[2], d[1]);
            }
        }
        List<String[]> accounts = ReferenceTables.rows(folder.resolve("account.asc"));
        long[] ids = new long[accounts.size()];
        double[][] rows = new double[accounts.size()][];
        for (int i = 0; i < accounts.size(); i++) {
            String[] a = accounts.get(i);
            ids[i] = Long.parseLong(a[0]);
            String birth = birthNumbers.get(ownerOf.get(a[0]));
            int month = Integer.parseInt(birth.substring(2, 4));
            boolean female = month > 50;
            LocalDate born = LocalDate.of(1900 + Integer.parseInt(birth.substring(0, 2)), female ? month - 50 : month,
                    Integer.parseInt(birth.substring(4, 6)));
            String[] district = districts.get(a[1]);
            LocalDate opened = yymmdd(a[3]);
            // A10 urban ratio, A11 average salary, A13 unemployment 1996 (the latest known)
            rows[i] = new double[] {Period.between(born, AS_OF).getYears(), female ? 1 : 0,
                    Double.parseDouble(district[10]), Double.parseDouble(district[12]),
                    Double.parseDouble(district[9]), ChronoUnit.DAYS.between(opened, AS_OF) / 365.25};
        }

        // When segmented
        SegmentationModel model = new SegmentationTrainer(TrainingSettings.defaults())
                .train(Segmentation.DEMOGRAPHIC, new FeatureMatrix(DemographicFeatures.SET, ids, rows), null)
                .model();
        Report.print("Berka demographic (as of " + AS_OF + ")", model);

        // Then every account is in exactly one of 3..5 distinctly named segments
        assertThat(model.k()).isBetween(3, 5);
        long total = 0;
        for (int slot = 0; slot < model.k(); slot++) {
            total += model.trainingSize(slot);
        }
        assertThat(total).isEqualTo(4_500);
        assertThat(model.segments()).extracting(Segment::name).doesNotHaveDuplicates();
    }

    @Test
    void evaluatesTheRecommenderOnTheRealHoldings() {
        // Given every account's loan, cards and standing orders
        Path folder = RealData.requireFolder("berka");
        Map<Long, Set<Product>> holdings = new LinkedHashMap<>();
        for (String[] a : ReferenceTables.rows(folder.resolve("account.asc"))) {
            holdings.put(Long.parseLong(a[0]), EnumSet.noneOf(Product.class));
        }
        for (String[] l : ReferenceTables.rows(folder.resolve("loan.asc"))) {
            holdings.get(Long.parseLong(l[1])).add(Product.LOAN);
        }
        for (String[] o : ReferenceTables.rows(folder.resolve("order.asc"))) {
            Set<Product> held = holdings.get(Long.parseLong(o[1]));
            switch (o[5]) {
                case "UVER" -> held.add(Product.LOAN);
                case "POJISTNE" -> held.add(Product.INSURANCE_ORDER);
                case "SIPO" -> held.add(Product.HOUSEHOLD_ORDER);
                case "LEASING" -> held.add(Product.LEASING_ORDER);
                default -> {
                    // an unspecified transfer: not a product
                }
            }
        }
        Map<String, Long> accountOfDisposition = new HashMap<>();
        for (String[] d : ReferenceTables.rows(folder.resolve("disp.asc"))) {
            accountOfDisposition.put(d[0], Long.parseLong(d[2]));
        }
        for (String[] c : ReferenceTables.rows(folder.resolve("card.asc"))) {
            holdings.get(accountOfDisposition.get(c[1])).add(switch (c[2]) {
                case "junior" -> Product.JUNIOR_CARD;
                case "gold" -> Product.GOLD_CARD;
                default -> Product.CLASSIC_CARD;
            });
        }

        // When one held product per account is hidden
        HitRateEvaluation.Report report = HitRateEvaluation.evaluate(HoldingsMatrix.of(holdings), 3, 1L);
        System.out.println("== Berka holdings: " + report);

        // Then every account with two or more products is evaluated, and co-holding beats popularity
        assertThat(report.accounts()).isEqualTo(4_500);
        assertThat(report.evaluated()).isEqualTo(1_507);
        assertThat(report.itemItemHitRate()).isGreaterThan(report.popularityHitRate());
    }

    private static LocalDate yymmdd(String value) {
        return LocalDate.of(1900 + Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)),
                Integer.parseInt(value.substring(4, 6)));
    }
}
