package dev.bankstream.backtest.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The backtest as one self-contained HTML page: the headline, the sources side by side, flags per month as an inline
 * SVG chart, how each figure is defined, and the caveats. No script and no external file.
 */
final class ReportHtml {

    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"};
    private static final int CHART_WIDTH = 960;
    private static final int CHART_HEIGHT = 300;
    private static final int MARGIN = 50;

    private ReportHtml() {
    }

    static String render(BacktestReport report) {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bankstream backtest, ")
                .append(escape(report.dataSet())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;max-width:1100px;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 10px;")
                .append("text-align:right}th:first-child,td:first-child{text-align:left}")
                .append(".headline{font-size:1.1em;background:#f4f6f8;padding:1em;border-left:4px solid #1f77b4}")
                .append("</style></head><body>");
        page.append("<h1>Backtest on ").append(escape(report.dataSet())).append("</h1>");
        page.append("<p class=\"headline\">").append(escape(report.headline())).append("</p>");
        page.append("<p>Data: ").append(escape(report.dataFolder())).append(". Models trained on loans granted to ")
                .append(report.trainUntil()).append("; flags judged from ").append(report.from()).append(" to ")
                .append(report.until()).append("; ").append(report.accounts()).append(" accounts. Written ")
                .append(report.createdAt()).append(".</p>");
        models(page, report.models());
        sideBySide(page, report.sources());
        page.append("<h2>Flags per month</h2>");
        chart(page, report.sources());
        list(page, "How the figures are defined", report.definitions());
        list(page, "Caveats", report.caveats());
        page.append("<h2>Run</h2><table><tr><th>step</th><th>seconds</th></tr>");
        report.stages().forEach((stage, seconds) -> page.append("<tr><td>").append(escape(stage)).append("</td><td>")
                .append(String.format(Locale.ROOT, "%.1f", seconds)).append("</td></tr>"));
        page.append("</table></body></html>\n");
        return page.toString();
    }

    private static void models(StringBuilder page, List<ModelRun> models) {
        page.append("<h2>Models</h2><table><tr><th>algorithm</th><th>version</th><th>outcome</th></tr>");
        for (ModelRun model : models) {
            page.append("<tr><td>").append(escape(model.algorithm())).append("</td><td>")
                    .append(escape(model.version() == null ? "-" : model.version())).append("</td><td>")
                    .append(escape(model.outcome())).append("</td></tr>");
        }
        page.append("</table>");
    }

    private static void sideBySide(StringBuilder page, List<SourceFigures> sources) {
        page.append("<h2>Side by side</h2><table><tr><th></th>");
        sources.forEach(figures -> page.append("<th>").append(escape(figures.source().label())).append("</th>"));
        page.append("</tr>");
        row(page, "flags in the period", sources, figures -> Integer.toString(figures.flags()));
        row(page, "accounts flagged", sources, figures -> Integer.toString(figures.flaggedAccounts()));
        row(page, "alerts per 1,000 accounts per month", sources,
                figures -> String.format(Locale.ROOT, "%.2f", figures.alertsPerThousandAccountsPerMonth()));
        row(page, "unseen loans: defaults caught / missed", sources,
                figures -> figures.unseenLoans().caught() + " / " + figures.unseenLoans().missed());
        row(page, "unseen loans: false alarms / quiet repaid", sources,
                figures -> figures.unseenLoans().falseAlarms() + " / " + figures.unseenLoans().quiet());
        row(page, "unseen loans: precision", sources,
                figures -> BacktestReport.ratio(figures.unseenLoans().precision()));
        row(page, "unseen loans: recall", sources, figures -> BacktestReport.ratio(figures.unseenLoans().recall()));
        row(page, "lead before arrears, days: median [quartiles] (n)", sources,
                figures -> lead(figures.leadToEvidence()));
        row(page, "lead before ground-truth onset, days", sources,
                figures -> figures.leadToOnset() == null ? "real data: no ground truth" : lead(figures.leadToOnset()));
        row(page, "loans the models trained on: precision / recall", sources,
                figures -> BacktestReport.ratio(figures.trainingLoans().precision()) + " / "
                        + BacktestReport.ratio(figures.trainingLoans().recall()));
        row(page, "flags by kind", sources, figures -> figures.flagsByKind().toString());
        page.append("</table>");
    }

    private static String lead(LeadTimes lead) {
        return lead.medianDays() == null ? "none measured"
                : lead.medianDays() + " [" + lead.lowerQuartile() + ", " + lead.upperQuartile() + "] (" + lead.measured()
                        + "; " + lead.flaggedInTime() + " in time)";
    }

    private static void row(StringBuilder page, String name, List<SourceFigures> sources,
            Function<SourceFigures, String> value) {
        page.append("<tr><td>").append(escape(name)).append("</td>");
        sources.forEach(figures -> page.append("<td>").append(escape(value.apply(figures))).append("</td>"));
        page.append("</tr>");
    }

    /** Grouped bars: one group per month, one bar per source, with axes, a y scale and a legend. */
    private static void chart(StringBuilder page, List<SourceFigures> sources) {
        if (sources.isEmpty()) {
            page.append("<p>No flag was raised.</p>");
            return;
        }
        List<String> months = List.copyOf(sources.get(0).flagsPerMonth().keySet());
        int max = sources.stream().flatMap(figures -> figures.flagsPerMonth().values().stream())
                .mapToInt(Integer::intValue).max().orElse(0);
        int top = Math.max(1, max);
        double plotWidth = CHART_WIDTH - 2.0 * MARGIN;
        double plotHeight = CHART_HEIGHT - 2.0 * MARGIN;
        double group = plotWidth / Math.max(1, months.size());
        double bar = Math.max(1, group * 0.8 / sources.size());
        page.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"Flags per month by source\" font-size=\"11\">", CHART_WIDTH,
                CHART_HEIGHT + 20 * sources.size()));
        page.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                MARGIN, CHART_HEIGHT - MARGIN, CHART_WIDTH - MARGIN, CHART_HEIGHT - MARGIN));
        page.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
                MARGIN, MARGIN, MARGIN, CHART_HEIGHT - MARGIN));
        page.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>", MARGIN - 4,
                MARGIN + 4, top));
        page.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", MARGIN - 4,
                CHART_HEIGHT - MARGIN + 4));
        page.append(String.format(Locale.ROOT, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\""
                + " text-anchor=\"middle\">flags per month</text>", CHART_HEIGHT / 2, CHART_HEIGHT / 2));
        int labelEvery = Math.max(1, months.size() / 12);
        for (int m = 0; m < months.size(); m++) {
            double x0 = MARGIN + m * group + group * 0.1;
            for (int s = 0; s < sources.size(); s++) {
                int count = sources.get(s).flagsPerMonth().get(months.get(m));
                double height = plotHeight * count / top;
                page.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"%s\"><title>%s, %s: %d flags</title></rect>", x0 + s * bar,
                        CHART_HEIGHT - MARGIN - height, bar, height, COLOURS[s % COLOURS.length],
                        escape(sources.get(s).source().label()), months.get(m), count));
            }
            if (m % labelEvery == 0) {
                page.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        MARGIN + (m + 0.5) * group, CHART_HEIGHT - MARGIN + 16, months.get(m)));
            }
        }
        page.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">month of the flag's"
                + " business date</text>", CHART_WIDTH / 2, CHART_HEIGHT - MARGIN + 34));
        for (int s = 0; s < sources.size(); s++) {
            int y = CHART_HEIGHT + 20 * s;
            page.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>", MARGIN, y, COLOURS[s % COLOURS.length], MARGIN + 18, y + 10,
                    escape(sources.get(s).source().label())));
        }
        page.append("</svg>");
    }

    private static void list(StringBuilder page, String title, List<String> items) {
        page.append("<h2>").append(escape(title)).append("</h2><ul>");
        items.forEach(item -> page.append("<li>").append(escape(item)).append("</li>"));
        page.append("</ul>");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
