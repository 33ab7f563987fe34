package dev.bankstream.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.bankstream.scoring.TrainedModels;
import dev.bankstream.scoring.features.FeatureVector;
import dev.bankstream.scoring.features.LoanFeatures;
import dev.bankstream.schemas.Reason;

class ReasonCodesTest {

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void contributionsAddUpToTheModelsLogOdds(Algorithm algorithm) {
        // Given a trained model and a few loans
        LoanDefaultModel model = TrainedModels.model(algorithm);

        for (FeatureVector loan : TrainedModels.LOANS.subList(0, 20).stream().map(LabelledLoan::features).toList()) {
            // When a loan's score is split into contributions
            double sum = model.contributions(loan).stream().mapToDouble(Contribution::contribution).sum();

            // Then together with the baseline they are exactly the model's raw log-odds (float precision for trees)
            assertThat(sum + model.baseline(loan)).isCloseTo(model.rawLogOdds(loan), within(1e-4));
        }
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void topReasonFollowsTheFeatureThatDrivesTheRisk(Algorithm algorithm) {
        // Given a typical borrower (every feature at the training median)
        LoanDefaultModel model = TrainedModels.model(algorithm);
        FeatureVector typical = typicalBorrower(model);

        // When the instalment takes 55 % of the income
        FeatureVector stretched = typical.with("loan.paymentToIncome", 0.55);
        List<Reason> stretchedReasons = model.reasons(stretched, 3);

        // Then that is the top reason, in words, with the value and what is typical
        assertThat(model.probability(stretched)).isGreaterThan(model.probability(typical));
        Reason top = stretchedReasons.get(0);
        assertThat(top.getCode()).isEqualTo("LOAN_PAYMENT_TO_INCOME");
        assertThat(top.getFeature()).isEqualTo("loan.paymentToIncome");
        assertThat(top.getValue()).isEqualTo(0.55);
        assertThat(top.getContribution()).isGreaterThan(0.5);
        assertThat(top.getExplanation()).isEqualTo(
                "Monthly instalment as a share of monthly income: 0.55 (typical borrower: 0.3)");

        // When instead the balance fell to -35,000 in the last 90 days
        FeatureVector overdrawn = typical.with("balance.min.90d", -35_000);

        // Then the top reason moves to the balance
        Reason balance = model.reasons(overdrawn, 3).get(0);
        assertThat(balance.getCode()).isEqualTo("BALANCE_MIN_90D");
        assertThat(balance.getExplanation()).startsWith("Lowest end-of-day balance in the last 90 days: CZK -35,000");
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void featuresThatBarelyMoveTheScoreAreNoReasons(Algorithm algorithm) {
        // Given a typical borrower
        LoanDefaultModel model = TrainedModels.model(algorithm);

        // When asked why, then only features adding at least the minimum contribution are named
        assertThat(model.reasons(typicalBorrower(model), 5)).allSatisfy(reason ->
                assertThat(reason.getContribution()).isGreaterThanOrEqualTo(LoanDefaultModel.MIN_REASON_CONTRIBUTION));
    }

    @Test
    void linearContributionIsWeightTimesStandardisedValue() {
        // Given the logistic regression and the training mean of the instalment-to-income ratio
        LoanDefaultModel model = TrainedModels.model(Algorithm.LOGISTIC_REGRESSION);
        double mean = TrainedModels.LOANS.stream()
                .mapToDouble(loan -> loan.features().value("loan.paymentToIncome")).average().orElseThrow();
        FeatureVector typical = typicalBorrower(model);

        // When the ratio sits at the mean, then it contributes nothing
        assertThat(contribution(model, typical.with("loan.paymentToIncome", mean))).isCloseTo(0, within(1e-9));
        // and equal steps away from the mean add equal contributions
        double oneStep = contribution(model, typical.with("loan.paymentToIncome", mean + 0.1));
        double twoSteps = contribution(model, typical.with("loan.paymentToIncome", mean + 0.2));
        assertThat(oneStep).isGreaterThan(0);
        assertThat(twoSteps).isCloseTo(2 * oneStep, within(1e-9));
    }

    private static double contribution(LoanDefaultModel model, FeatureVector loan) {
        return model.contributions(loan).stream()
                .filter(c -> c.feature().equals("loan.paymentToIncome"))
                .findFirst().orElseThrow().contribution();
    }

    private static FeatureVector typicalBorrower(LoanDefaultModel model) {
        return new FeatureVector(LoanFeatures.names(),
                LoanFeatures.names().stream().mapToDouble(model::typicalValue).toArray());
    }
}
