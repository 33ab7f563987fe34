package dev.bankstream.dashboard.view;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line from a backtest report: its {@code headline} when it has one, else its top-level figures. The report's
 * shape belongs to the scoring-service, so only those two generic readings are relied on.
 */
public final class BacktestHeadline {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FIGURES = 8;

    private BacktestHeadline() {
    }

    public static String of(String reportJson) {
        JsonNode report;
        try {
            report = JSON.readTree(reportJson);
        } catch (JsonProcessingException e) {
            return "the newest backtest report is not JSON (" + e.getOriginalMessage() + ")";
        }
        if (report.hasNonNull("headline")) {
            return report.get("headline").asText();
        }
        List<String> figures = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = report.fields(); fields.hasNext() && figures.size() < MAX_FIGURES;) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNumber() || field.getValue().isTextual() && field.getValue().asText().length() <= 40) {
                figures.add(field.getKey() + " " + field.getValue().asText());
            }
        }
        return figures.isEmpty() ? "a backtest report without top-level figures" : String.join(", ", figures);
    }
}
