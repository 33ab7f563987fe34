package dev.bankstream.scoring.card;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.bankstream.scoring.evaluation.Calibration;
import dev.bankstream.scoring.evaluation.ConfusionMatrix;
import dev.bankstream.scoring.evaluation.Estimate;
import dev.bankstream.scoring.evaluation.EvaluationSummary;
import dev.bankstream.scoring.evaluation.Metric;

/**
 * Writes a model card as JSON (for machines and the dashboard) and as one self-contained HTML page: inline CSS and
 * inline SVG charts, no script and nothing fetched, so it can be mailed, archived or opened offline.
 */
public final class ModelCardWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final String CROSS_VALIDATION_COLOUR = "#1f5fa8";
    private static final String OUT_OF_TIME_COLOUR = "#c2561a";

    private ModelCardWriter() {
    }

    public static String json(ModelCard card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A model card is plain data and always serialisable", e);
        }
    }

    public static String html(ModelCard card) {
        StringBuilder page = new StringBuilder(32_000);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Model card: ").append(escape(card.name())).append(' ').append(escape(card.version()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;color:#222;line-height:1.4}")
                .append("table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #bbb;padding:4px 8px;")
                .append("text-align:left;vertical-align:top}th{background:#eef2f6}.num{text-align:right;font-variant-numeric:tabular-nums}")
                .append(".origin{display:inline-block;padding:4px 10px;border-radius:4px;background:#fff4d6;border:1px solid #d9a400}")
                .append(".charts{display:flex;flex-wrap:wrap;gap:24px}figure{margin:0}")
                .append("</style></head><body>\n");
        page.append("<h1>Model card: ").append(escape(card.name())).append("</h1>\n<table>")
                .append(row("Version", card.version()))
                .append(row("Algorithm", card.algorithm()))
                .append(row("Trained at", card.createdAt().toString()))
                .append(row("Decision threshold", format(card.threshold())
                        + " (calibrated probability of default at or above which a loan is flagged)"))
                .append(row("Calibration", "P(default) = 1 / (1 + exp(-(" + format(card.calibrationSlope())
                        + " x raw log-odds " + (card.calibrationIntercept() < 0 ? "- " : "+ ")
                        + format(Math.abs(card.calibrationIntercept())) + ")))"))
                .append(row("Features used", card.usedFeatures().size() + " of the feature list"))
                .append("</table>\n");

        page.append("<h2>Data</h2>\n<p class=\"origin\">").append(escape(card.data().origin().words)).append("</p>\n<p>")
                .append(escape(card.trainedOn())).append("</p>\n");

        page.append("<h2>Quality on loans the model never saw</h2>\n");
        page.append("<p>").append(escape(card.crossValidation().method())).append(".</p>\n");
        if (card.outOfTime() != null) {
            page.append("<p>").append(escape(card.outOfTime().method())).append(".</p>\n");
        } else {
            page.append("<p>Out-of-time test skipped: ").append(escape(card.outOfTimeSkipped())).append(".</p>\n");
        }
        metricsTable(page, card);
        page.append("<div class=\"charts\">")
                .append(chart("ROC curve", card, true))
                .append(chart("Precision-recall curve", card, false))
                .append("</div>\n");
        confusion(page, "Confusion matrix, cross-validation", card.crossValidation());
        if (card.outOfTime() != null) {
            confusion(page, "Confusion matrix, out of time", card.outOfTime());
        }
        calibration(page, card.crossValidation().calibration());

        page.append("<h2>Top features</h2>\n<p>Mean absolute contribution to the log-odds of default over the training"
                + " loans, computed like the reason codes on alerts.</p>\n<table><tr><th>Feature</th><th>Meaning</th>"
                + "<th class=\"num\">Mean |contribution|</th><th>Direction</th></tr>");
        for (FeatureImportance feature : card.topFeatures()) {
            page.append("<tr><td>").append(escape(feature.feature())).append("</td><td>")
                    .append(escape(feature.description())).append("</td><td class=\"num\">")
                    .append(format(feature.meanAbsoluteContribution())).append("</td><td>")
                    .append(escape(feature.direction())).append("</td></tr>");
        }
        page.append("</table>\n");
        list(page, "How it was built", card.method());
        list(page, "Keep in mind", card.caveats());
        return page.append("</body></html>\n").toString();
    }

    private static void metricsTable(StringBuilder page, ModelCard card) {
        boolean outOfTime = card.outOfTime() != null;
        page.append("<table><tr><th>Metric</th><th class=\"num\">Cross-validation (95 % interval)</th>");
        if (outOfTime) {
            page.append("<th class=\"num\">Out of time (95 % interval)</th>");
        }
        page.append("</tr>");
        for (Metric metric : Metric.values()) {
            page.append("<tr><td>").append(escape(metric.label)).append("</td><td class=\"num\">")
                    .append(estimate(card.crossValidation().metric(metric))).append("</td>");
            if (outOfTime) {
                page.append("<td class=\"num\">").append(estimate(card.outOfTime().metric(metric))).append("</td>");
            }
            page.append("</tr>");
        }
        page.append("</table>\n<p>Intervals: cross-validation, ")
                .append(escape(card.crossValidation().metric(Metric.ROC_AUC).method()));
        if (outOfTime) {
            page.append("; out of time, ").append(escape(card.outOfTime().metric(Metric.ROC_AUC).method()));
        }
        page.append(".</p>\n");
    }

    private static String chart(String title, ModelCard card, boolean roc) {
        SvgChart chart = new SvgChart(title, roc ? card.crossValidation().roc().xLabel()
                : card.crossValidation().precisionRecall().xLabel(),
                roc ? card.crossValidation().roc().yLabel() : card.crossValidation().precisionRecall().yLabel());
        if (roc) {
            chart.reference(0, 0, 1, 1, "chance");
        } else {
            double prevalence = (double) card.crossValidation().testDefaults() / card.crossValidation().testLoans();
            chart.reference(0, prevalence, 1, prevalence, "default rate");
        }
        chart.line(roc ? card.crossValidation().roc() : card.crossValidation().precisionRecall(),
                CROSS_VALIDATION_COLOUR, "cross-validation (held-out folds)");
        if (card.outOfTime() != null) {
            chart.line(roc ? card.outOfTime().roc() : card.outOfTime().precisionRecall(), OUT_OF_TIME_COLOUR,
                    "out of time");
        }
        return "<figure>" + chart.svg() + "</figure>";
    }

    private static void confusion(StringBuilder page, String title, EvaluationSummary summary) {
        ConfusionMatrix m = summary.confusion();
        page.append("<h3>").append(escape(title)).append("</h3>\n<table><tr><th></th><th>Flagged</th><th>Not flagged</th></tr>")
                .append("<tr><th>Defaulted</th><td class=\"num\">").append(m.truePositives())
                .append("</td><td class=\"num\">").append(m.falseNegatives()).append("</td></tr>")
                .append("<tr><th>Repaid</th><td class=\"num\">").append(m.falsePositives())
                .append("</td><td class=\"num\">").append(m.trueNegatives()).append("</td></tr></table>\n<p>")
                .append(escape(summary.confusionNote())).append(".</p>\n");
    }

    private static void calibration(StringBuilder page, Calibration calibration) {
        page.append("<h3>Calibration (cross-validation, held-out)</h3>\n<p>Mean predicted probability ")
                .append(format(calibration.meanPredicted())).append(", observed default rate ")
                .append(format(calibration.observedRate())).append(".</p>\n<table><tr><th>Risk band</th>")
                .append("<th class=\"num\">Loans</th><th class=\"num\">Mean predicted</th><th class=\"num\">Observed</th></tr>");
        List<Calibration.Bin> bins = calibration.bins();
        for (int i = 0; i < bins.size(); i++) {
            Calibration.Bin bin = bins.get(i);
            page.append("<tr><td>").append(i + 1).append(" of ").append(bins.size()).append("</td><td class=\"num\">")
                    .append(bin.loans()).append("</td><td class=\"num\">").append(format(bin.meanPredicted()))
                    .append("</td><td class=\"num\">").append(format(bin.observedRate())).append("</td></tr>");
        }
        page.append("</table>\n");
    }

    private static void list(StringBuilder page, String title, List<String> items) {
        page.append("<h2>").append(escape(title)).append("</h2>\n<ul>");
        for (String item : items) {
            page.append("<li>").append(escape(item)).append("</li>");
        }
        page.append("</ul>\n");
    }

    private static String row(String name, String value) {
        return "<tr><th>" + escape(name) + "</th><td>" + escape(value) + "</td></tr>";
    }

    private static String estimate(Estimate estimate) {
        return format(estimate.value()) + " (" + format(estimate.lower()) + " to " + format(estimate.upper()) + ")";
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            escaped.append(switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> String.valueOf(c);
            });
        }
        return escaped.toString();
    }
}
