package dev.bankstream.dashboard.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo's closing summary, in lines, from what the dashboard has seen. */
public final class DemoSummary {

    public static final String LOAN_DEFAULT = "loan-default";

    private DemoSummary() {
    }

    /**
     * @param startedAt        when the demo command started, to time the first risk flag; null to leave it out
     * @param backtestHeadline null when no backtest report exists
     */
    public static List<String> lines(DashboardState.Snapshot snapshot, String dataSetKind, Instant startedAt,
            String backtestHeadline) {
        List<String> lines = new ArrayList<>();
        ReplayProgress.View replay = snapshot.replay();
        if (replay == null) {
            lines.add("Data set: no replay seen yet");
        } else {
            lines.add(String.format(Locale.ROOT, "Data set: %s (%s); replay %s %s, %,d events, simulated date %s",
                    replay.dataSet(), dataSetKind, replay.replayId(), replay.state(), replay.events(), replay.simulatedDate()));
        }
        FlagFeed.View flags = snapshot.flags();
        lines.add(String.format(Locale.ROOT, "Risk flags: %,d %s", flags.total(), flags.byKind()));
        if (startedAt != null && flags.firstEmittedAt() != null) {
            lines.add(String.format(Locale.ROOT, "First risk flag: %.1f s after the demo command started",
                    (flags.firstEmittedAt().toEpochMilli() - startedAt.toEpochMilli()) / 1000.0));
        }
        snapshot.segmentSizes().forEach((segmentation, sizes) -> lines.add("Segments (" + segmentation + "): " + sizes));
        if (snapshot.segmentSizes().isEmpty()) {
            lines.add("Segments: none yet (the segment-service trains once 200 accounts have behaviour)");
        }
        lines.add("Risk x value: " + snapshot.quadrant().counts());
        lines.add(model(snapshot.models()));
        lines.add("Backtest: " + (backtestHeadline == null ? "no backtest yet" : backtestHeadline));
        return lines;
    }

    private static String model(List<ModelsSeen.Model> models) {
        for (ModelsSeen.Model model : models) {
            if (model.name().equals(LOAN_DEFAULT)) {
                Map<String, Double> m = model.metrics();
                String line = String.format(Locale.ROOT, "Model: %s %s (%s), trained on %s; held-out ROC-AUC %s",
                        model.name(), model.version(), model.algorithm(), model.trainedOn(),
                        estimate(m, "cv.rocAuc") + " in cross-validation on " + count(m, "cv.loans") + " loans ("
                                + count(m, "cv.defaults") + " defaults)");
                return m.containsKey("oot.rocAuc") ? line + ", " + estimate(m, "oot.rocAuc") + " out of time" : line;
            }
        }
        return "Model: no loan-default model published yet (rule flags only)";
    }

    /** A metric with its 95 % interval, as the model card gives it. */
    public static String estimate(Map<String, Double> metrics, String key) {
        Double value = metrics.get(key);
        if (value == null) {
            return "n/a";
        }
        Double lower = metrics.get(key + ".lower");
        Double upper = metrics.get(key + ".upper");
        return lower == null || upper == null ? String.format(Locale.ROOT, "%.3f", value)
                : String.format(Locale.ROOT, "%.3f (95%% CI %.3f-%.3f)", value, lower, upper);
    }

    private static String count(Map<String, Double> metrics, String key) {
        Double value = metrics.get(key);
        return value == null ? "?" : Long.toString(Math.round(value));
    }
}
