package dev.bankstream.scoring;

import static dev.bankstream.scoring.Behaviours.balance;
import static dev.bankstream.scoring.Behaviours.flows;
import static dev.bankstream.scoring.Behaviours.withKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.bankstream.scoring.model.LabelledLoan;
import dev.bankstream.scoring.model.TrainingSet;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

/**
 * Loans whose default depends on two known facts, with noise: a high instalment-to-income ratio and a low minimum
 * balance over 90 days raise the log-odds of default; the outcome is then drawn at random from that probability, so
 * even a perfect model cannot reach AUC 1. Everything else (age, district, cards, ...) is unrelated noise.
 */
public final class SyntheticLoans {

    public static final LocalDate FIRST_GRANT = LocalDate.of(1993, 7, 1);
    public static final int GRANT_SPAN_DAYS = 1800;

    private SyntheticLoans() {
    }

    public record Sample(List<LoanSnapshot> snapshots, List<LoanOutcome> outcomes) {
        public TrainingSet trainingSet() {
            return TrainingSet.join(snapshots, outcomes, null);
        }

        public List<LabelledLoan> loans() {
            return trainingSet().loans();
        }
    }

    public static Sample generate(int count, long seed) {
        Random random = new Random(seed);
        List<LoanSnapshot> snapshots = new ArrayList<>(count);
        List<LoanOutcome> outcomes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long loanId = 1_000 + i;
            LocalDate grantedOn = FIRST_GRANT.plusDays(random.nextInt(GRANT_SPAN_DAYS));
            double income = 8_000 + 25_000 * random.nextDouble();
            double paymentToIncome = 0.05 + 0.5 * random.nextDouble();
            double payment = Math.round(income * paymentToIncome);
            double mean90 = 5_000 + 60_000 * random.nextDouble();
            double min90 = mean90 - (5_000 + 40_000 * random.nextDouble());
            double logOdds = -3.4 + 2.0 * (paymentToIncome - 0.3) / 0.145 - 2.0 * (min90 - 10_000) / 20_800;
            boolean defaulted = random.nextDouble() < 1 / (1 + Math.exp(-logOdds));

            AccountBehaviour eve = behaviour(random, 10_000 + i, grantedOn.minusDays(1), income, mean90, min90);
            snapshots.add(new LoanSnapshot(loanId, eve.getAccountId(), grantedOn, payment * 24, 24, payment, eve));
            LoanStatus status = defaulted
                    ? (random.nextBoolean() ? LoanStatus.FINISHED_DEFAULTED : LoanStatus.RUNNING_IN_DEBT)
                    : (random.nextBoolean() ? LoanStatus.FINISHED_OK : LoanStatus.RUNNING_OK);
            outcomes.add(new LoanOutcome(loanId, eve.getAccountId(), LocalDate.of(1998, 12, 31), status, defaulted));
        }
        return new Sample(snapshots, outcomes);
    }

    /** The same loans with the outcomes shuffled among them: any signal left is leakage. */
    public static List<LabelledLoan> withShuffledOutcomes(List<LabelledLoan> loans, long seed) {
        List<Boolean> outcomes = new ArrayList<>(loans.stream().map(LabelledLoan::defaulted).toList());
        java.util.Collections.shuffle(outcomes, new Random(seed));
        List<LabelledLoan> shuffled = new ArrayList<>(loans.size());
        for (int i = 0; i < loans.size(); i++) {
            LabelledLoan loan = loans.get(i);
            shuffled.add(new LabelledLoan(loan.loanId(), loan.accountId(), loan.grantedOn(), loan.features(),
                    outcomes.get(i)));
        }
        return shuffled;
    }

    private static AccountBehaviour behaviour(Random random, long accountId, LocalDate eve, double income,
            double mean90, double min90) {
        int negativeDays = min90 < 0 ? 1 + random.nextInt(20) : 0;
        int sanctions = min90 < 0 && random.nextBoolean() ? 1 + random.nextInt(3) : 0;
        double spending = income * (0.7 + 0.3 * random.nextDouble());
        AccountBehaviour.Builder builder = Behaviours.ordinary(accountId, eve)
                .setTenureDays(200 + random.nextInt(900))
                .setBalance(mean90 + 3_000 * random.nextGaussian())
                .setBalance30d(balance(min90 + 5_000 * random.nextDouble(), mean90 + 3_000 * random.nextGaussian(),
                        (min90 + mean90) / 2, 4_000 + 2_000 * random.nextDouble(), 30))
                .setBalance90d(balance(min90, mean90, (min90 + mean90) / 2, 5_000 + 3_000 * random.nextDouble(), 90))
                .setBalance365d(balance(min90 - 5_000 * random.nextDouble(), mean90 + 5_000 * random.nextGaussian(),
                        (min90 + mean90) / 2, 6_000 + 3_000 * random.nextDouble(), 365))
                .setBalanceSinceOpening(balance(min90 - 8_000 * random.nextDouble(), mean90, mean90 / 2, 7_000, 400))
                .setNegativeBalanceDays(negativeDays)
                .setCredits(flows(2, income, 6, 3 * income, 24, 12 * income))
                .setDebits(flows(8, spending, 24, 3 * spending, 96, 12 * spending))
                .setMonthlyIncome(income)
                .setSavingsRatio((income - spending) / income)
                .setSmallVsLarge(0.5 + random.nextDouble())
                .setOwnerAge(20 + random.nextInt(50))
                .setOwnerGender(random.nextBoolean() ? Gender.FEMALE : Gender.MALE)
                .setDistrict(new DistrictFacts(1 + random.nextInt(5), 8_000 + 2_000 * random.nextDouble(),
                        1 + 6 * random.nextDouble(), 40 + 50 * random.nextDouble(), 10 + 40 * random.nextDouble()))
                .setDisponents(random.nextInt(2));
        withKind(builder, TransactionKind.SALARY_OR_TRANSFER_IN, TransactionDirection.CREDIT,
                flows(1, income, 3, 3 * income, 12, 12 * income));
        if (sanctions > 0) {
            withKind(builder, TransactionKind.SANCTION_INTEREST, TransactionDirection.DEBIT,
                    flows(0, 0, Math.min(sanctions, 2), 40.0 * Math.min(sanctions, 2), sanctions, 40.0 * sanctions));
        }
        return builder.build();
    }
}
