package dev.bankstream.segment.benchmark;

import static dev.bankstream.segment.Behaviours.balance;
import static dev.bankstream.segment.Behaviours.district;
import static dev.bankstream.segment.Behaviours.flows;
import static dev.bankstream.segment.Behaviours.kind;
import static dev.bankstream.segment.Behaviours.loan;
import static dev.bankstream.segment.Behaviours.typical;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.segment.features.FeatureMatrix;
import dev.bankstream.segment.model.Assignment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.model.SegmentationTrainer;
import dev.bankstream.segment.model.Training;
import dev.bankstream.segment.model.TrainingSettings;
import dev.bankstream.segment.view.KMeansHistory;

/**
 * Prints throughput and retraining figures; asserts nothing about time. Run with
 * {@code ./mvnw -B -o -pl segment-service test -Dtest=SegmentationBenchmark -Dbankstream.benchmark=true}.
 * Targets (issue 6): assignment ≥ 50k snapshots/s; retraining on 4,500 accounts ≤ 5 s.
 */
@EnabledIfSystemProperty(named = "bankstream.benchmark", matches = "true")
class SegmentationBenchmark {

    private static final int ACCOUNTS = 4_500;
    private static final int ASSIGNMENTS = 3_000_000;

    @Test
    void printsAssignmentThroughputAndRetrainingTime() {
        List<AccountBehaviour> snapshots = snapshots(ACCOUNTS, new Random(1));
        SegmentationTrainer trainer = new SegmentationTrainer(TrainingSettings.defaults());
        StringBuilder out = new StringBuilder("== Segmentation benchmark (" + ACCOUNTS + " generated accounts, "
                + Runtime.getRuntime().availableProcessors() + " cores)\n");
        for (Segmentation segmentation : Segmentation.values()) {
            long[] retrainMillis = new long[3];
            Training training = null;
            for (int run = 0; run < retrainMillis.length; run++) {
                long start = System.nanoTime();
                FeatureMatrix matrix = FeatureMatrix.extract(segmentation.featureSet(), snapshots).matrix();
                training = trainer.train(segmentation, matrix, training == null ? null : training.model());
                retrainMillis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            SegmentationModel model = training.model();
            Arrays.sort(retrainMillis);

            long start = System.nanoTime();
            KMeansHistory history = KMeansHistory.replay(training, 25);
            long historyMillis = (System.nanoTime() - start) / 1_000_000;

            assign(model, snapshots, ASSIGNMENTS / 5);
            start = System.nanoTime();
            double checksum = assign(model, snapshots, ASSIGNMENTS);
            double seconds = (System.nanoTime() - start) / 1e9;

            out.append(String.format(Locale.ROOT,
                    "   %-11s k=%d  retrain (extract + k=3..5 + silhouette + naming) median %d ms of %s; "
                            + "K-means history x25 %d ms; assignment %,.0f snapshots/s (%,d in %.2f s, checksum %.1f)%n",
                    segmentation.id(), model.k(), retrainMillis[1], Arrays.toString(retrainMillis), historyMillis,
                    ASSIGNMENTS / seconds, ASSIGNMENTS, seconds, checksum));
            assertThat(history.iterations()).hasSize(25);
        }
        System.out.print(out);
    }

    /** The sum of distances keeps the JIT from discarding the work. */
    private static double assign(SegmentationModel model, List<AccountBehaviour> snapshots, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            Assignment assignment = model.assign(snapshots.get(i % snapshots.size()));
            if (assignment instanceof Assignment.Assigned assigned) {
                sum += assigned.distance();
            }
        }
        return sum;
    }

    private static List<AccountBehaviour> snapshots(int count, Random random) {
        List<AccountBehaviour> snapshots = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            double wealth = Math.exp(random.nextGaussian());
            double activity = Math.exp(0.5 * random.nextGaussian());
            int debits90 = (int) (20 * activity);
            int credits90 = (int) (8 * activity);
            AccountBehaviour.Builder b = typical(id)
                    .setBalance365d(balance(30_000 * wealth, 365))
                    .setMonthlyIncome(15_000 * wealth * Math.exp(0.3 * random.nextGaussian()))
                    .setSavingsRatio(Math.max(-1, Math.min(1, 0.1 + 0.2 * random.nextGaussian())))
                    .setNegativeBalanceDays(random.nextDouble() < 0.1 ? random.nextInt(60) : 0)
                    .setCredits(flows(credits90 / 3, credits90, credits90 * 4, 10_000 * wealth))
                    .setDebits(flows(debits90 / 3, debits90, debits90 * 4, 3_000 * wealth))
                    .setSmallVsLarge(activity / wealth)
                    .setByKind(new ArrayList<>(List.of(kind(TransactionKind.CARD_WITHDRAWAL, TransactionDirection.DEBIT,
                            (int) (debits90 * 4 * random.nextDouble() * 0.5)))))
                    .setOwnerAge(18 + random.nextInt(60))
                    .setOwnerGender(random.nextBoolean() ? Gender.FEMALE : Gender.MALE)
                    .setTenureDays(random.nextInt(2_000))
                    .setDistrict(district(8_000 + random.nextInt(4_500), 1 + 8 * random.nextDouble(),
                            30 + 70 * random.nextDouble()));
            if (random.nextDouble() < 0.15) {
                b.setLoan(loan(2_000 + random.nextInt(8_000)));
            }
            snapshots.add(b.build());
        }
        return snapshots;
    }
}
