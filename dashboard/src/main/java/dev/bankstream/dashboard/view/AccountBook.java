package dev.bankstream.dashboard.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.SegmentAssignment;

/**
 * The latest of each account from three compacted topics (behaviour, scores, segments), and the views that cross
 * them. Not thread-safe: {@link DashboardState} serialises access.
 */
public final class AccountBook {

    /** The latest score of an account. */
    public record Score(double risk, double value) {
    }

    /** An account's segment in one segmentation. */
    public record SegmentOf(int id, String name) {
    }

    private final Map<Long, AccountFacts> facts = new TreeMap<>();
    private final Map<Long, Score> scores = new TreeMap<>();
    private final Map<Long, Map<String, SegmentOf>> segments = new HashMap<>();
    private final Map<Integer, String> districtNames = new HashMap<>();
    private LocalDate featuresAsOf;

    public void accept(AccountBehaviour behaviour) {
        record(AccountFacts.of(behaviour), behaviour.getAsOfDate());
    }

    void record(AccountFacts account, LocalDate asOf) {
        facts.put(account.accountId(), account);
        if (featuresAsOf == null || asOf.isAfter(featuresAsOf)) {
            featuresAsOf = asOf;
        }
    }

    /** The latest business day of any behaviour snapshot: how far the feature-service has got; null before any. */
    public LocalDate featuresAsOf() {
        return featuresAsOf;
    }

    public void accept(AccountScore score) {
        scores.put(score.getAccountId(), new Score(score.getRiskScore(), score.getValueScore()));
    }

    public void accept(AccountSegments current) {
        Map<String, SegmentOf> bySegmentation = new HashMap<>();
        for (SegmentAssignment assignment : current.getAssignments()) {
            bySegmentation.put(assignment.getSegmentation(),
                    new SegmentOf(assignment.getSegment().getId(), assignment.getSegment().getName()));
        }
        segments.put(current.getAccountId(), bySegmentation);
    }

    public void district(int id, String name) {
        districtNames.put(id, name);
    }

    public int accounts() {
        return facts.size();
    }

    /** Mean card withdrawals per month, by district and age band. */
    public Heatmap cardUse() {
        return heatmap("Card withdrawals per account and month (last 365 days)", "withdrawals / month",
                facts.values().stream().map(f -> new Cell(f, f.cardWithdrawalsPerMonth())).toList());
    }

    /** Mean risk score (risk.scores, 0..1), by district and age band; accounts without a score are left out. */
    public Heatmap risk() {
        List<Cell> cells = new ArrayList<>();
        for (AccountFacts account : facts.values()) {
            Score score = scores.get(account.accountId());
            if (score != null) {
                cells.add(new Cell(account, score.risk()));
            }
        }
        return heatmap("Mean risk score (0 = none, 1 = certain default)", "risk score", cells);
    }

    private record Cell(AccountFacts account, double value) {
    }

    private Heatmap heatmap(String title, String unit, List<Cell> values) {
        TreeSet<Integer> districtIds = new TreeSet<>();
        values.forEach(v -> districtIds.add(districtKey(v.account())));
        List<Integer> rows = new ArrayList<>(districtIds);
        Map<List<Integer>, double[]> sums = new HashMap<>();
        for (Cell value : values) {
            List<Integer> at = List.of(AgeBand.ALL.indexOf(value.account().ageBand()), rows.indexOf(districtKey(value.account())));
            double[] sum = sums.computeIfAbsent(at, k -> new double[2]);
            sum[0] += value.value();
            sum[1]++;
        }
        List<List<Number>> cells = new ArrayList<>();
        double max = 0;
        for (Map.Entry<List<Integer>, double[]> entry : sums.entrySet()) {
            double mean = entry.getValue()[0] / entry.getValue()[1];
            max = Math.max(max, mean);
            cells.add(List.of(entry.getKey().get(0), entry.getKey().get(1), round(mean), (long) entry.getValue()[1]));
        }
        cells.sort((a, b) -> a.get(1).intValue() != b.get(1).intValue() ? a.get(1).intValue() - b.get(1).intValue()
                : a.get(0).intValue() - b.get(0).intValue());
        List<String> labels = rows.stream().map(this::districtLabel).toList();
        return new Heatmap(title, unit, AgeBand.ALL, labels, cells, round(max));
    }

    private static int districtKey(AccountFacts account) {
        return account.districtId() == null ? -1 : account.districtId();
    }

    private String districtLabel(int id) {
        if (id < 0) {
            return "unknown district";
        }
        String name = districtNames.get(id);
        return name == null ? "district " + id : name + " (" + id + ")";
    }

    /** Income against deposits and product holdings per segment; {@code maxPoints} bounds the scatter sample. */
    public SegmentEconomics economics(String segmentation, int maxPoints) {
        Map<Integer, List<AccountFacts>> members = new TreeMap<>();
        Map<Integer, String> names = new HashMap<>();
        TreeSet<String> products = new TreeSet<>();
        for (AccountFacts account : facts.values()) {
            products.addAll(account.products());
            SegmentOf segment = segments.getOrDefault(account.accountId(), Map.of()).get(segmentation);
            if (segment != null) {
                members.computeIfAbsent(segment.id(), k -> new ArrayList<>()).add(account);
                names.put(segment.id(), segment.name());
            }
        }
        long total = members.values().stream().mapToLong(List::size).sum();
        int every = (int) Math.max(1, (total + maxPoints - 1) / Math.max(1, maxPoints));
        List<SegmentEconomics.Segment> result = new ArrayList<>();
        for (Map.Entry<Integer, List<AccountFacts>> entry : members.entrySet()) {
            List<AccountFacts> accounts = entry.getValue();
            List<List<Number>> sample = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i += every) {
                AccountFacts a = accounts.get(i);
                sample.add(List.of(round(a.monthlyIncome()), round(a.meanBalance()), a.accountId()));
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (String product : products) {
                long holding = accounts.stream().filter(a -> a.products().contains(product)).count();
                shares.put(product, round((double) holding / accounts.size()));
            }
            result.add(new SegmentEconomics.Segment(entry.getKey(), names.get(entry.getKey()), accounts.size(),
                    round(mean(accounts, AccountFacts::monthlyIncome)), round(mean(accounts, AccountFacts::meanBalance)),
                    sample, shares));
        }
        return new SegmentEconomics(segmentation, List.copyOf(products), result);
    }

    /** Every scored account in its quadrant; {@code maxPoints} bounds the scatter sample. */
    public Quadrant quadrant(double highRiskFrom, double highValueFrom, int maxPoints) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String name : List.of(Quadrant.HIGH_VALUE_LOW_RISK, Quadrant.HIGH_VALUE_HIGH_RISK,
                Quadrant.LOW_VALUE_LOW_RISK, Quadrant.LOW_VALUE_HIGH_RISK)) {
            counts.put(name, 0L);
        }
        int every = Math.max(1, (scores.size() + maxPoints - 1) / Math.max(1, maxPoints));
        List<List<Number>> sample = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, Score> entry : scores.entrySet()) {
            Score score = entry.getValue();
            counts.merge(Quadrant.of(score.risk(), score.value(), highRiskFrom, highValueFrom), 1L, Long::sum);
            if (i++ % every == 0) {
                sample.add(List.of(round(score.value()), round(score.risk()), entry.getKey()));
            }
        }
        return new Quadrant(highRiskFrom, highValueFrom, counts, sample);
    }

    /** Current segment sizes per segmentation, from segments.assignments. */
    public Map<String, Map<String, Long>> segmentSizes() {
        Map<String, Map<String, Long>> sizes = new TreeMap<>();
        for (Map<String, SegmentOf> bySegmentation : segments.values()) {
            bySegmentation.forEach((segmentation, segment) -> sizes
                    .computeIfAbsent(segmentation, k -> new TreeMap<>()).merge(segment.name(), 1L, Long::sum));
        }
        return sizes;
    }

    private static double mean(List<AccountFacts> accounts, ToDoubleFunction<AccountFacts> value) {
        return accounts.stream().mapToDouble(value).average().orElse(0);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
