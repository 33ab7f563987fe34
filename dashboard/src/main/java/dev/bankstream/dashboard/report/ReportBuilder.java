package dev.bankstream.dashboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.bankstream.dashboard.view.DemoSummary;
import dev.bankstream.dashboard.view.Heatmap;
import dev.bankstream.dashboard.view.ModelsSeen;
import dev.bankstream.dashboard.view.SegmentEconomics;

/** One self-contained HTML page (inline CSS and SVG, no script, no network) from {@link ReportData}. */
public final class ReportBuilder {

    private static final List<String> MODEL_METRICS = List.of("rocAuc", "prAuc", "precision", "recall", "f1", "brier");

    private ReportBuilder() {
    }

    public static String html(ReportData data) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bankstream report</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222}")
                .append("table{border-collapse:collapse;margin:.6em 0}td,th{border:1px solid #ccc;padding:3px 7px;font-size:13px;text-align:right}")
                .append("th:first-child,td:first-child{text-align:left}h2{border-bottom:2px solid #1f3a5f;margin-top:2em}")
                .append(".note{color:#555;font-size:13px}</style></head><body>");
        page.append("<h1>Bankstream report</h1><p class=\"note\">Written ").append(data.writtenAt())
                .append(" from ").append(Html.escape(data.dataSet()))
                .append(". Every figure below comes from this data set; figures from generated data describe the generator, not a real bank.</p>");
        segmentation(page, data);
        demographics(page, data);
        predictive(page, data);
        page.append("<h2>4. Strategic recommendations</h2><ol>");
        Insights.from(data).forEach(insight -> page.append("<li>").append(Html.escape(insight)).append("</li>"));
        page.append("</ol></body></html>\n");
        return page.toString();
    }

    private static void segmentation(StringBuilder page, ReportData data) {
        page.append("<h2>1. Segmentation</h2>");
        if (data.profiles().isEmpty()) {
            page.append("<p>No segmentation in service yet.</p>");
        }
        for (ReportData.Profiles profiles : data.profiles()) {
            page.append("<h3>").append(Html.escape(profiles.segmentation())).append(" segments</h3>");
            page.append(Svg.bars("Accounts per " + profiles.segmentation() + " segment", "accounts",
                    profiles.segments().stream().map(ReportData.Profile::name).toList(),
                    profiles.segments().stream().map(p -> (double) p.size()).toList()));
            page.append("<table><tr><th>segment</th><th>accounts</th><th>share</th>");
            for (int f = 0; f < profiles.features().size(); f++) {
                page.append("<th>").append(Html.escape(profiles.features().get(f))).append("<br><small>")
                        .append(Html.escape(profiles.units().get(f))).append("</small></th>");
            }
            page.append("</tr>");
            for (ReportData.Profile profile : profiles.segments()) {
                page.append("<tr><td>").append(Html.escape(profile.name())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%,d", profile.size())).append("</td><td>")
                        .append(Html.percent(profile.share())).append("</td>");
                profile.centroid().forEach(value -> page.append("<td>").append(Html.number(value)).append("</td>"));
                page.append("</tr>");
            }
            page.append("</table><p class=\"note\">Centroids in raw units (a typical member for amounts).</p>");
        }
    }

    private static void demographics(StringBuilder page, ReportData data) {
        page.append("<h2>2. Behaviour by demographics</h2>");
        heatmap(page, data.state().cardUse());
        heatmap(page, data.state().risk());
        SegmentEconomics economics = data.state().economics();
        if (!economics.segments().isEmpty()) {
            List<String> names = economics.segments().stream().map(SegmentEconomics.Segment::name).toList();
            page.append(Svg.bars("Mean monthly income per " + economics.segmentation() + " segment", "CZK per month", names,
                    economics.segments().stream().map(SegmentEconomics.Segment::meanIncome).toList()));
            page.append(Svg.bars("Mean balance over 365 days per " + economics.segmentation() + " segment", "CZK", names,
                    economics.segments().stream().map(SegmentEconomics.Segment::meanBalance).toList()));
            page.append("<h3>Product holdings (share of accounts)</h3><table><tr><th>segment</th>");
            economics.products().forEach(p -> page.append("<th>").append(Html.escape(p)).append("</th>"));
            page.append("</tr>");
            for (SegmentEconomics.Segment segment : economics.segments()) {
                page.append("<tr><td>").append(Html.escape(segment.name())).append("</td>");
                economics.products().forEach(p -> page.append("<td>")
                        .append(Html.percent(segment.productShares().getOrDefault(p, 0.0))).append("</td>"));
                page.append("</tr>");
            }
            page.append("</table>");
        }
    }

    private static void heatmap(StringBuilder page, Heatmap heatmap) {
        page.append("<h3>").append(Html.escape(heatmap.title())).append("</h3>");
        if (heatmap.cells().isEmpty()) {
            page.append("<p>No accounts yet.</p>");
            return;
        }
        page.append("<table><tr><th>district \\ owner age</th>");
        heatmap.ageBands().forEach(band -> page.append("<th>").append(Html.escape(band)).append("</th>"));
        page.append("</tr>");
        Double[][] grid = new Double[heatmap.districts().size()][heatmap.ageBands().size()];
        heatmap.cells().forEach(c -> grid[c.get(1).intValue()][c.get(0).intValue()] = c.get(2).doubleValue());
        for (int row = 0; row < grid.length; row++) {
            page.append("<tr><td>").append(Html.escape(heatmap.districts().get(row))).append("</td>");
            for (Double value : grid[row]) {
                if (value == null) {
                    page.append("<td></td>");
                } else {
                    int shade = (int) Math.round(230 - 150 * (heatmap.max() <= 0 ? 0 : value / heatmap.max()));
                    page.append(String.format(Locale.ROOT, "<td style=\"background:rgb(%d,%d,255)\">%s</td>", shade,
                            shade, Html.number(value)));
                }
            }
            page.append("</tr>");
        }
        page.append("</table><p class=\"note\">Unit: ").append(Html.escape(heatmap.unit())).append(".</p>");
    }

    private static void predictive(StringBuilder page, ReportData data) {
        page.append("<h2>3. Predictive insights</h2>");
        ModelsSeen.Model model = data.state().models().stream()
                .filter(m -> m.name().equals(DemoSummary.LOAN_DEFAULT)).findFirst().orElse(null);
        if (model == null) {
            page.append("<p>No loan-default model published yet.</p>");
        } else {
            page.append("<p>Model ").append(Html.escape(model.version())).append(" (").append(Html.escape(model.algorithm()))
                    .append("), trained on ").append(Html.escape(model.trainedOn()))
                    .append(". Figures on held-out loans only, with 95 % intervals:</p>")
                    .append("<table><tr><th>metric</th><th>cross-validation</th><th>out of time</th></tr>");
            for (String metric : MODEL_METRICS) {
                page.append("<tr><td>").append(metric).append("</td><td>")
                        .append(DemoSummary.estimate(model.metrics(), "cv." + metric)).append("</td><td>")
                        .append(DemoSummary.estimate(model.metrics(), "oot." + metric)).append("</td></tr>");
            }
            page.append("</table>");
        }
        Map<String, Long> byKind = data.state().flags().byKind();
        if (!byKind.isEmpty()) {
            List<String> kinds = new ArrayList<>(byKind.keySet());
            page.append(Svg.bars("Risk flags by kind (" + data.state().flags().total() + " in all)", "flags", kinds,
                    kinds.stream().map(k -> (double) byKind.get(k)).toList()));
        }
        Map<String, Long> quadrant = data.state().quadrant().counts();
        List<String> quadrants = new ArrayList<>(quadrant.keySet());
        page.append(Svg.bars("Accounts per risk x value quadrant", "accounts", quadrants,
                quadrants.stream().map(q -> (double) quadrant.get(q)).toList()));
    }
}
