package dev.bankstream.scoring.card;

import java.util.ArrayList;
import java.util.List;

import dev.bankstream.scoring.evaluation.Curve;

/** A square line chart on [0, 1] x [0, 1] as inline SVG: axes, grid, dashed reference line, curves and a legend. */
final class SvgChart {

    private static final int SIZE = 300;
    private static final int MARGIN = 60;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<String> shapes = new ArrayList<>();
    private final List<String> legend = new ArrayList<>();

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    void reference(double x1, double y1, double x2, double y2, String label) {
        shapes.add("<line x1=\"" + x(x1) + "\" y1=\"" + y(y1) + "\" x2=\"" + x(x2) + "\" y2=\"" + y(y2)
                + "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>");
        legend.add(entry("#999", label, true));
    }

    void line(Curve curve, String colour, String label) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < curve.x().size(); i++) {
            points.append(i == 0 ? "" : " ").append(x(curve.x().get(i))).append(',').append(y(curve.y().get(i)));
        }
        shapes.add("<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + points + "\"/>");
        legend.add(entry(colour, label, false));
    }

    String svg() {
        int width = SIZE + 2 * MARGIN;
        int height = SIZE + 2 * MARGIN + 18 * legend.size();
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(ModelCardWriter.escape(title))
                .append("\"><rect x=\"").append(MARGIN).append("\" y=\"").append(MARGIN).append("\" width=\"")
                .append(SIZE).append("\" height=\"").append(SIZE).append("\" fill=\"#fff\" stroke=\"#444\"/>");
        for (int tick = 0; tick <= 4; tick++) {
            double value = tick / 4.0;
            svg.append("<line x1=\"").append(x(value)).append("\" y1=\"").append(y(0)).append("\" x2=\"")
                    .append(x(value)).append("\" y2=\"").append(y(1)).append("\" stroke=\"#eee\"/>")
                    .append("<line x1=\"").append(x(0)).append("\" y1=\"").append(y(value)).append("\" x2=\"")
                    .append(x(1)).append("\" y2=\"").append(y(value)).append("\" stroke=\"#eee\"/>")
                    .append(text(xPixel(value), yPixel(0) + 16, "middle", ModelCardWriter.format(value).substring(0, 4)))
                    .append(text(xPixel(0) - 6, yPixel(value) + 4, "end", ModelCardWriter.format(value).substring(0, 4)));
        }
        shapes.forEach(svg::append);
        svg.append(text(MARGIN + SIZE / 2.0, MARGIN - 15, "middle", title))
                .append(text(MARGIN + SIZE / 2.0, MARGIN + SIZE + 34, "middle", xLabel))
                .append("<text transform=\"translate(16,").append(MARGIN + SIZE / 2).append(") rotate(-90)\" ")
                .append("text-anchor=\"middle\" font-size=\"12\">").append(ModelCardWriter.escape(yLabel))
                .append("</text>");
        for (int i = 0; i < legend.size(); i++) {
            svg.append("<g transform=\"translate(").append(MARGIN).append(',')
                    .append(MARGIN + SIZE + 48 + 18 * i).append(")\">").append(legend.get(i)).append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String entry(String colour, String label, boolean dashed) {
        return "<line x1=\"0\" y1=\"0\" x2=\"24\" y2=\"0\" stroke=\"" + colour + "\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"4 4\"" : "") + "/>" + text(30, 4, "start", label);
    }

    private static String text(double x, double y, String anchor, String content) {
        return "<text x=\"" + round(x) + "\" y=\"" + round(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"12\">"
                + ModelCardWriter.escape(content) + "</text>";
    }

    private static String x(double value) {
        return round(xPixel(value));
    }

    private static String y(double value) {
        return round(yPixel(value));
    }

    private static double xPixel(double value) {
        return MARGIN + value * SIZE;
    }

    private static double yPixel(double value) {
        return MARGIN + (1 - value) * SIZE;
    }

    private static String round(double pixel) {
        return String.valueOf(Math.round(pixel * 10) / 10.0);
    }
}
