package dev.bankstream.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bankstream.dashboard.view.AgeBand;
import dev.bankstream.dashboard.view.DashboardState;
import dev.bankstream.dashboard.view.FlagFeed;
import dev.bankstream.dashboard.view.Heatmap;
import dev.bankstream.dashboard.view.ModelsSeen;
import dev.bankstream.dashboard.view.Quadrant;
import dev.bankstream.dashboard.view.SegmentEconomics;

class ReportBuilderTest {

    /** Two segments: savers are richer and hold fewer gold cards than the bank as a whole. */
    private static ReportData fixture(Map<String, Double> modelMetrics) {
        SegmentEconomics economics = new SegmentEconomics("behavioural", List.of("gold card", "loan"), List.of(
                new SegmentEconomics.Segment(0, "Affluent savers", 100, 9000, 80000, List.of(),
                        Map.of("gold card", 0.10, "loan", 0.20)),
                new SegmentEconomics.Segment(1, "Busy card users", 300, 7000, 20000, List.of(),
                        Map.of("gold card", 0.50, "loan", 0.20))));
        Heatmap risk = new Heatmap("Mean risk score", "risk score", AgeBand.ALL, List.of("Praha (1)", "Brno (2)"),
                List.of(List.of(1, 0, 0.40, 20L), List.of(2, 1, 0.10, 80L), List.of(3, 1, 0.90, 3L)), 0.9);
        Heatmap cardUse = new Heatmap("Card withdrawals", "withdrawals / month", AgeBand.ALL, List.of("Praha (1)"),
                List.of(List.of(1, 0, 2.5, 30L), List.of(5, 0, 0.5, 12L)), 2.5);
        Quadrant quadrant = new Quadrant(0.25, 0.5, Map.of(Quadrant.HIGH_VALUE_HIGH_RISK, 40L,
                Quadrant.HIGH_VALUE_LOW_RISK, 160L, Quadrant.LOW_VALUE_LOW_RISK, 150L, Quadrant.LOW_VALUE_HIGH_RISK, 50L),
                List.of());
        FlagFeed.View flags = new FlagFeed.View(10, null, Map.of("SANCTION_INTEREST", 7L, "INCOME_STOPPED", 3L), List.of(),
                new FlagFeed.PerDay(List.of(), Map.of()));
        List<ModelsSeen.Model> models = modelMetrics == null ? List.of() : List.of(new ModelsSeen.Model("loan-default",
                "v1", "logistic-regression", Instant.EPOCH, "generated data", modelMetrics));
        DashboardState.Snapshot state = new DashboardState.Snapshot(1, null, flags, 400, null, Map.of(), Map.of(), quadrant,
                cardUse, risk, economics, models);
        ReportData.Profiles profiles = new ReportData.Profiles("behavioural", List.of("mean balance"), List.of("CZK"),
                List.of(new ReportData.Profile(0, "Affluent savers", 100, 0.25, List.of(80000.0)),
                        new ReportData.Profile(1, "Busy card users", 300, 0.75, List.of(20000.0))));
        return new ReportData(Instant.parse("2024-05-01T10:00:00Z"), "/data/gen (generated data)", state,
                List.of(profiles), new ReportData.Recommender(380, 3, 0.61, 0.48));
    }

    @Test
    void recommendationsAreComputedFromTheFigures() {
        List<String> insights = Insights.from(fixture(Map.of("cv.rocAuc", 0.82, "cv.rocAuc.lower", 0.64,
                "cv.rocAuc.upper", 0.95, "cv.loans", 120.0, "cv.defaults", 14.0)));

        // Savers keep 80,000 CZK (2.3x the 35,000 mean) but 10 % hold a gold card against 40 % overall.
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("Affluent savers keeps 80,000 CZK", "2.3x",
                "10 % of its accounts hold a gold card, against 40 % overall", "reaches 90 accounts"));
        // The 0.90 cell has 3 accounts, too few; Praha's 25-34 cell (0.40, 20 accounts) is the riskiest.
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("Owners aged 25-34 in Praha (1)", "0.40 against 0.18"));
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("Owners aged 65+ use their cards least (0.50"));
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("40 of 400 scored accounts (10 %) are valuable but risky"));
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("0.820 (95% CI 0.640-0.950)", "order reviews, not to decide alone"));
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("SANCTION_INTEREST raises 70 % of all 10 risk flags"));
        assertThat(insights).anySatisfy(s -> assertThat(s).contains("61 % of 380 accounts", "48 %", "send the personalised offers"));
    }

    @Test
    void aTightModelIntervalIsTrustedAndAMissingModelIsSaid() {
        assertThat(Insights.from(fixture(Map.of("cv.rocAuc", 0.9, "cv.rocAuc.lower", 0.85, "cv.rocAuc.upper", 0.95))))
                .anySatisfy(s -> assertThat(s).contains("strong enough to start collection calls"));
        assertThat(Insights.from(fixture(null))).anySatisfy(s -> assertThat(s).contains("No loan-default model is in service"));
    }

    @Test
    void theReportIsOnePageWithEverySectionAndNoExternalResource() {
        String html = ReportBuilder.html(fixture(Map.of("cv.rocAuc", 0.82)));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("/data/gen (generated data)",
                "1. Segmentation", "2. Behaviour by demographics", "3. Predictive insights", "4. Strategic recommendations",
                "<svg", "Accounts per behavioural segment", "Affluent savers", "0.820");
        assertThat(html).doesNotContain("<script", "http://", "https://");
    }
}
