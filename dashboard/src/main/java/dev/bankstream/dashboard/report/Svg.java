package dev.bankstream.dashboard.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts, so the report needs no script and no network. */
final class Svg {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int ROW = 22;

    private Svg() {
    }

    /** Horizontal bars with the value printed after each; {@code unit} names the axis. */
    static String bars(String title, String unit, List<String> labels, List<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int height = 40 + ROW * labels.size() + 24;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\">",
                WIDTH, height, Html.escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"16\" font-weight=\"bold\" font-size=\"13\">%s</text>",
                Html.escape(title)));
        int barSpace = WIDTH - LABEL_WIDTH - 90;
        for (int i = 0; i < labels.size(); i++) {
            int y = 30 + i * ROW;
            double value = values.get(i);
            int length = max <= 0 ? 0 : (int) Math.round(barSpace * value / max);
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"12\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a78b5\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
                    LABEL_WIDTH - 6, y + 14, Html.escape(labels.get(i)), LABEL_WIDTH, y + 3, length, ROW - 6,
                    LABEL_WIDTH + length + 4, y + 14, Html.number(value)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">%s</text></svg>",
                LABEL_WIDTH, height - 6, Html.escape(unit)));
        return svg.toString();
    }
}
