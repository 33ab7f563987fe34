package dev.bankstream.dashboard.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.bankstream.dashboard.view.DemoSummary;
import dev.bankstream.dashboard.view.FlagFeed;
import dev.bankstream.dashboard.view.Heatmap;
import dev.bankstream.dashboard.view.ModelsSeen;
import dev.bankstream.dashboard.view.Quadrant;
import dev.bankstream.dashboard.view.SegmentEconomics;

/** Strategic recommendations, each a sentence computed from the report's figures; none when a figure is missing. */
public final class Insights {

    /** A heat-map cell with fewer accounts than this is too small to single out. */
    static final int MIN_CELL_ACCOUNTS = 10;
    /** A product gap below this share is noise, not an opportunity. */
    static final double MIN_PRODUCT_GAP = 0.05;
    /** Below this lower bound of the ROC-AUC interval a model ranks too loosely to act on alone. */
    static final double TRUSTED_AUC_LOWER = 0.7;

    private Insights() {
    }

    public static List<String> from(ReportData data) {
        List<String> insights = new ArrayList<>();
        crossSell(data.state().economics()).ifPresent(insights::add);
        riskiestCell(data.state().risk()).ifPresent(insights::add);
        cardUseByAge(data.state().cardUse()).ifPresent(insights::add);
        quadrant(data.state().quadrant()).ifPresent(insights::add);
        insights.add(model(data.state().models()));
        topFlagKind(data.state().flags()).ifPresent(insights::add);
        if (data.recommender() != null) {
            insights.add(recommender(data.recommender()));
        }
        return insights;
    }

    static java.util.Optional<String> crossSell(SegmentEconomics economics) {
        long accounts = economics.segments().stream().mapToLong(SegmentEconomics.Segment::accounts).sum();
        if (accounts == 0) {
            return java.util.Optional.empty();
        }
        double meanBalance = economics.segments().stream().mapToDouble(s -> s.meanBalance() * s.accounts()).sum() / accounts;
        Map<String, Double> overall = new HashMap<>();
        for (String product : economics.products()) {
            overall.put(product, economics.segments().stream()
                    .mapToDouble(s -> s.productShares().getOrDefault(product, 0.0) * s.accounts()).sum() / accounts);
        }
        String best = null;
        double bestGap = MIN_PRODUCT_GAP;
        for (SegmentEconomics.Segment segment : economics.segments()) {
            if (segment.meanBalance() < meanBalance) {
                continue;
            }
            for (String product : economics.products()) {
                double share = segment.productShares().getOrDefault(product, 0.0);
                double gap = overall.get(product) - share;
                if (gap > bestGap) {
                    bestGap = gap;
                    best = String.format(Locale.ROOT, "%s keeps %s CZK on average (%.1fx the mean of all %,d segmented"
                            + " accounts) but only %s of its accounts hold a %s, against %s overall: offering it there"
                            + " reaches %,d accounts that can afford it.", segment.name(), Html.number(segment.meanBalance()),
                            segment.meanBalance() / Math.max(1, meanBalance), accounts, Html.percent(share), product,
                            Html.percent(overall.get(product)), Math.round(segment.accounts() * (1 - share)));
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    static java.util.Optional<String> riskiestCell(Heatmap risk) {
        double sum = 0;
        long accounts = 0;
        List<Number> riskiest = null;
        for (List<Number> cell : risk.cells()) {
            sum += cell.get(2).doubleValue() * cell.get(3).longValue();
            accounts += cell.get(3).longValue();
            if (cell.get(3).longValue() >= MIN_CELL_ACCOUNTS
                    && (riskiest == null || cell.get(2).doubleValue() > riskiest.get(2).doubleValue())) {
                riskiest = cell;
            }
        }
        if (riskiest == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "Owners aged %s in %s carry the highest mean risk score,"
                + " %.2f against %.2f over all %,d scored accounts (%d accounts in that group): review their credit"
                + " limits and overdrafts first.", risk.ageBands().get(riskiest.get(0).intValue()),
                risk.districts().get(riskiest.get(1).intValue()), riskiest.get(2).doubleValue(), sum / accounts,
                accounts, riskiest.get(3).longValue()));
    }

    static java.util.Optional<String> cardUseByAge(Heatmap cardUse) {
        Map<Integer, double[]> byAge = new HashMap<>();
        for (List<Number> cell : cardUse.cells()) {
            double[] sum = byAge.computeIfAbsent(cell.get(0).intValue(), k -> new double[2]);
            sum[0] += cell.get(2).doubleValue() * cell.get(3).longValue();
            sum[1] += cell.get(3).longValue();
        }
        byAge.entrySet().removeIf(e -> e.getValue()[1] < MIN_CELL_ACCOUNTS
                || cardUse.ageBands().get(e.getKey()).equals(dev.bankstream.dashboard.view.AgeBand.UNKNOWN));
        if (byAge.size() < 2) {
            return java.util.Optional.empty();
        }
        Map.Entry<Integer, double[]> least = null;
        Map.Entry<Integer, double[]> most = null;
        for (Map.Entry<Integer, double[]> entry : byAge.entrySet()) {
            double mean = entry.getValue()[0] / entry.getValue()[1];
            if (least == null || mean < least.getValue()[0] / least.getValue()[1]) {
                least = entry;
            }
            if (most == null || mean > most.getValue()[0] / most.getValue()[1]) {
                most = entry;
            }
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "Owners aged %s use their cards least (%.2f withdrawals"
                + " a month, %,.0f accounts) and owners aged %s most (%.2f): card campaigns have the most room with the"
                + " first group.", cardUse.ageBands().get(least.getKey()), least.getValue()[0] / least.getValue()[1],
                least.getValue()[1], cardUse.ageBands().get(most.getKey()), most.getValue()[0] / most.getValue()[1]));
    }

    static java.util.Optional<String> quadrant(Quadrant quadrant) {
        long scored = quadrant.counts().values().stream().mapToLong(Long::longValue).sum();
        if (scored == 0) {
            return java.util.Optional.empty();
        }
        long watch = quadrant.counts().get(Quadrant.HIGH_VALUE_HIGH_RISK);
        long keep = quadrant.counts().get(Quadrant.HIGH_VALUE_LOW_RISK);
        if (watch == 0) {
            return java.util.Optional.of(String.format(Locale.ROOT, "None of the %,d scored accounts is both valuable"
                    + " (value >= %.2f) and risky (risk >= %.2f); %,d valuable low-risk accounts (%s) are the base to"
                    + " retain.", scored, quadrant.highValueFrom(), quadrant.highRiskFrom(), keep,
                    Html.percent((double) keep / scored)));
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "%,d of %,d scored accounts (%s) are valuable but risky:"
                + " the group where an early call protects the most margin; %,d (%s) are valuable and low risk, the base"
                + " to retain.", watch, scored, Html.percent((double) watch / scored), keep, Html.percent((double) keep / scored)));
    }

    static String model(List<ModelsSeen.Model> models) {
        ModelsSeen.Model model = models.stream().filter(m -> m.name().equals(DemoSummary.LOAN_DEFAULT)).findFirst().orElse(null);
        if (model == null || !model.metrics().containsKey("cv.rocAuc")) {
            return "No loan-default model is in service, so only the behaviour rules flag accounts: train one"
                    + " (./bankstream train) before relying on default risk.";
        }
        Map<String, Double> m = model.metrics();
        double lower = m.getOrDefault("cv.rocAuc.lower", m.get("cv.rocAuc"));
        String figure = DemoSummary.estimate(m, "cv.rocAuc");
        if (lower < TRUSTED_AUC_LOWER) {
            return String.format(Locale.ROOT, "The loan-default model's cross-validated ROC-AUC is %s on %.0f loans"
                    + " (%.0f defaults, %s): its interval reaches below %.2f, so use its flags to order reviews, not to"
                    + " decide alone, and retrain as loans accumulate.", figure, m.getOrDefault("cv.loans", 0.0),
                    m.getOrDefault("cv.defaults", 0.0), model.trainedOn(), TRUSTED_AUC_LOWER);
        }
        return String.format(Locale.ROOT, "The loan-default model ranks a defaulting borrower above a repaying one"
                + " with ROC-AUC %s (%s): its flags are strong enough to start collection calls before the first missed"
                + " instalment.", figure, model.trainedOn());
    }

    static java.util.Optional<String> topFlagKind(FlagFeed.View flags) {
        return flags.byKind().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(top -> String.format(Locale.ROOT, "%s raises %s of all %,d risk flags: it sets the risk team's"
                        + " workload, so its thresholds (bankstream.scoring.rules) are the first to tune.", top.getKey(),
                        Html.percent((double) top.getValue() / flags.total()), flags.total()));
    }

    static String recommender(ReportData.Recommender recommender) {
        boolean better = recommender.itemItemHitRate() > recommender.popularityHitRate();
        return String.format(Locale.ROOT, "Item-item offers find the hidden product in the top %d for %s of %,d accounts,"
                + " against %s for simply offering the most popular products: %s", recommender.k(),
                Html.percent(recommender.itemItemHitRate()), recommender.evaluated(),
                Html.percent(recommender.popularityHitRate()),
                better ? "send the personalised offers." : "the personalised offers do not beat the baseline yet; keep the popular ones.");
    }
}
