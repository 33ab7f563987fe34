package dev.bankstream.backtest.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.bankstream.schemas.RiskFlag;

/**
 * Judges each flag source's flags in the scored period against what happened to the loans. Flags are counted once
 * each (by flag id: scorers running side by side raise the same rule flags); every model version that was trained
 * appears, even one that raised nothing.
 */
public final class FlagEvaluation {

    /** The name every loan-default flag and model carries; any other flag comes from a rule set. */
    public static final String LOAN_DEFAULT = "loan-default";

    private FlagEvaluation() {
    }

    public static List<SourceFigures> evaluate(History history, Window window) {
        Map<List<String>, List<RiskFlag>> bySource = new TreeMap<>(Comparator
                .comparing((List<String> key) -> !key.get(0).equals(LOAN_DEFAULT))
                .thenComparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        history.algorithms().keySet().forEach(version -> bySource.put(List.of(LOAN_DEFAULT, version), new ArrayList<>()));
        Map<String, RiskFlag> unique = new LinkedHashMap<>();
        history.flags().forEach(flag -> unique.putIfAbsent(flag.getFlagId(), flag));
        for (RiskFlag flag : unique.values()) {
            bySource.computeIfAbsent(List.of(flag.getModelName(), flag.getModelVersion()), key -> new ArrayList<>())
                    .add(flag);
        }
        List<SourceFigures> figures = new ArrayList<>();
        bySource.forEach((key, flags) -> figures.add(judge(source(key, history), flags, history, window)));
        return figures;
    }

    private static FlagOrigin source(List<String> key, History history) {
        String name = key.get(0);
        String version = key.get(1);
        String algorithm = history.algorithms().get(version);
        return new FlagOrigin(name, version, algorithm == null ? name + " " + version
                : name + " (" + algorithm + ") " + version);
    }

    private static SourceFigures judge(FlagOrigin source, List<RiskFlag> all, History history, Window window) {
        List<RiskFlag> flags = all.stream().filter(flag -> window.contains(flag.getEventDate())).toList();
        Map<String, Integer> perMonth = new LinkedHashMap<>();
        window.months().forEach(month -> perMonth.put(month.toString(), 0));
        Map<String, Integer> byKind = new TreeMap<>();
        Map<Long, NavigableSet<LocalDate>> flagDays = new TreeMap<>();
        for (RiskFlag flag : flags) {
            perMonth.merge(YearMonth.from(flag.getEventDate()).toString(), 1, Integer::sum);
            byKind.merge(flag.getKind(), 1, Integer::sum);
            flagDays.computeIfAbsent(flag.getAccountId(), account -> new TreeSet<>()).add(flag.getEventDate());
        }
        int accounts = history.accountsOpenBy(window.until());
        double alertsPerThousand = accounts == 0 ? 0 : 1000.0 * flags.size() / window.months().size() / accounts;

        Confusion unseen = Confusion.EMPTY;
        Confusion training = Confusion.EMPTY;
        List<Integer> toEvidence = new ArrayList<>();
        List<Integer> toOnset = new ArrayList<>();
        for (LoanRecord loan : history.loans()) {
            if (!window.running(loan)) {
                continue;
            }
            LocalDate firstFlag = firstOnOrAfter(flagDays.get(loan.accountId()),
                    loan.grantedOn().isAfter(window.from()) ? loan.grantedOn() : window.from());
            boolean flagged = firstFlag != null;
            if (!window.unseen(loan)) {
                training = training.add(loan.defaulted(), flagged);
                continue;
            }
            unseen = unseen.add(loan.defaulted(), flagged);
            if (loan.defaulted() && flagged) {
                LocalDate evidence = firstOnOrAfter(history.sanctionDays().get(loan.accountId()), loan.grantedOn());
                if (evidence != null) {
                    toEvidence.add((int) ChronoUnit.DAYS.between(firstFlag, evidence));
                }
                LocalDate onset = history.distressOnset().get(loan.accountId());
                if (onset != null) {
                    toOnset.add((int) ChronoUnit.DAYS.between(firstFlag, onset));
                }
            }
        }
        return new SourceFigures(source, flags.size(), flagDays.size(), perMonth, byKind, alertsPerThousand, unseen,
                training, LeadTimes.of(toEvidence), history.distressOnset().isEmpty() ? null : LeadTimes.of(toOnset));
    }

    private static LocalDate firstOnOrAfter(NavigableSet<LocalDate> days, LocalDate day) {
        return days == null ? null : days.ceiling(day);
    }
}
