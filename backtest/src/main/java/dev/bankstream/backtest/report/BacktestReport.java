package dev.bankstream.backtest.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A backtest's findings, written as backtest.json and backtest.html. {@code headline} is the one line the demo and
 * the dashboard show.
 *
 * @param dataSet   which data: "generated data", "real Berka" or "twm"; every figure comes from it
 * @param stages    seconds each step of the run took
 */
public record BacktestReport(String headline, String dataSet, String dataFolder, LocalDate trainUntil,
        LocalDate from, LocalDate until, int accounts, List<ModelRun> models, List<SourceFigures> sources,
        List<String> definitions, List<String> caveats, Map<String, Double> stages, Instant createdAt) {

    static final int SMALL_SAMPLE_DEFAULTS = 50;

    public static BacktestReport of(String dataSet, String dataFolder, Window window, History history,
            List<ModelRun> models, Map<String, Double> stages, Instant createdAt) {
        List<SourceFigures> sources = FlagEvaluation.evaluate(history, window);
        return new BacktestReport(headline(dataSet, window, sources), dataSet, dataFolder, window.trainUntil(),
                window.from(), window.until(), history.accountsOpenBy(window.until()), models, sources,
                standardDefinitions(), caveats(dataSet, sources, history.unjudgedLoans()), stages, createdAt);
    }

    /**
     * E.g. "generated data, trained to 1996-08-31, scored 1996-09-01 to 1998-12-31: 31 defaults among 220 unseen
     * loans; loan-default (xgboost) caught 22 (precision 0.47, median 55 days before arrears); ...".
     */
    static String headline(String dataSet, Window window, List<SourceFigures> sources) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, trained to %s, scored %s to %s",
                dataSet, window.trainUntil(), window.from(), window.until()));
        if (sources.isEmpty()) {
            return line.append(": no flag was raised").toString();
        }
        Confusion population = sources.get(0).unseenLoans();
        line.append(String.format(Locale.ROOT, ": %d defaults among %d unseen loans", population.defaults(),
                population.loans()));
        for (SourceFigures figures : sources) {
            Confusion unseen = figures.unseenLoans();
            String name = figures.source().label().replaceFirst(" \\S+$", "");
            line.append("; ").append(name).append(" caught ").append(unseen.caught());
            line.append(String.format(Locale.ROOT, " (precision %s", ratio(unseen.precision())));
            Integer lead = figures.leadToEvidence().medianDays();
            if (lead != null) {
                line.append(String.format(Locale.ROOT, ", median %d days before arrears", lead));
            }
            line.append(')');
        }
        return line.toString();
    }

    static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static List<String> standardDefinitions() {
        return List.of(
                "Scored period: flags whose business date falls between from and until, both included; each flag is"
                        + " counted once (by flag id).",
                "Unseen loans: granted after the training cut and running in the scored period. A loan counts as"
                        + " flagged when its account received a flag of the source on or after the grant, within the"
                        + " scored period. Precision = caught / flagged loans; recall = caught / defaulted loans.",
                "Default: Berka loan status B (finished, unpaid) or D (running, in debt) in the data set's outcomes.",
                "Lead time before arrears: days from the first flag to the first sanction interest charged on the"
                        + " account after the grant (the bank's own evidence of arrears); negative when the flag came"
                        + " later.",
                "Lead time before onset (generated data only): days from the first flag to the ground-truth start of"
                        + " distress written by the generator; negative when the flag came later.",
                "Alerts per 1,000 accounts per month: flags in the scored period / months / accounts opened by its"
                        + " end x 1,000.");
    }

    private static List<String> caveats(String dataSet, List<SourceFigures> sources, List<Long> unjudgedLoans) {
        List<String> caveats = new ArrayList<>();
        if (!unjudgedLoans.isEmpty()) {
            List<Long> named = unjudgedLoans.subList(0, Math.min(20, unjudgedLoans.size()));
            caveats.add(unjudgedLoans.size() + " loans lack either a point-in-time snapshot on"
                    + " features.loan-snapshots or an outcome on bank.loan-outcomes and are not judged: loan ids "
                    + named + (unjudgedLoans.size() > named.size() ? " ..." : ""));
        }
        caveats.add("Loan outcomes are stated once, at the data set's end (Berka gives no default dates), so the"
                + " training labels of loans granted before the cut include defaults that became known only later:"
                + " a look-ahead in the labels, never in the features. The headline therefore judges only loans"
                + " granted after the cut; figures on the loans the models trained on are shown apart.");
        if (dataSet.startsWith("generated")) {
            caveats.add("Generated data: the figures show that the pipeline works end to end, not how the models"
                    + " would do on real customers.");
        }
        int unseenDefaults = sources.isEmpty() ? 0 : sources.get(0).unseenLoans().defaults();
        if (unseenDefaults < SMALL_SAMPLE_DEFAULTS) {
            caveats.add("Small sample: " + unseenDefaults + " defaulted loans among the unseen loans; precision and"
                    + " recall move a lot with one loan.");
        }
        return caveats;
    }
}
