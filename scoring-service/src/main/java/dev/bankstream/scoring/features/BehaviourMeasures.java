package dev.bankstream.scoring.features;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.schemas.WindowedFlows;

/**
 * The vocabulary of per-account numbers that rules and model features are written in. Every name reads one field (or
 * a simple sum) of {@link AccountBehaviour}; nothing is estimated here, so a rule's value is exactly what the
 * feature-service measured.
 *
 * <p>Names: {@code balance.<min|mean|firstQuartile|volatility>.<30d|90d|365d|sinceOpening>},
 * {@code <credits|debits>.<count|sum|mean|max>.<30d|90d|365d>}, the same four statistics per transaction kind
 * ({@code cashWithdrawal.max.30d}, {@code sanctionInterest.count.30d}, ...), and account, owner, district, product and
 * loan facts.
 */
public final class BehaviourMeasures {

    /** Average month length, the same convention the feature-service uses for month counts. */
    public static final double DAYS_PER_MONTH = 365.25 / 12;

    private static final Map<String, Measure> MEASURES = Collections.unmodifiableMap(catalogue());

    private BehaviourMeasures() {
    }

    /** The measure of that name, if there is one. */
    public static Optional<Measure> find(String name) {
        return Optional.ofNullable(MEASURES.get(name));
    }

    /** The measure of that name; for names written in code, where a typo is a bug. */
    public static Measure named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("No behaviour measure named " + name));
    }

    public static Collection<Measure> all() {
        return MEASURES.values();
    }

    /** Camel-case name of a transaction kind as used in measure names: CASH_WITHDRAWAL -> cashWithdrawal. */
    public static String kindName(TransactionKind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    /** Flows of one kind summed over both directions (only OTHER occurs in both); zero flows when never used. */
    public static FlowStats kindFlows(AccountBehaviour behaviour, TransactionKind kind, Window window) {
        int count = 0;
        double sum = 0;
        double max = 0;
        for (KindFlows flows : behaviour.getByKind()) {
            if (flows.getKind() == kind) {
                FlowStats stats = window.of(flows.getFlows());
                count += stats.getCount();
                sum += stats.getSum();
                max = Math.max(max, stats.getMax());
            }
        }
        return new FlowStats(count, sum, count == 0 ? 0.0 : sum / count, max);
    }

    /** The three flow windows of the contract. */
    public enum Window {
        DAYS_30("30d", 30), DAYS_90("90d", 90), DAYS_365("365d", 365);

        public final String suffix;
        public final int days;

        Window(String suffix, int days) {
            this.suffix = suffix;
            this.days = days;
        }

        public FlowStats of(WindowedFlows flows) {
            return switch (this) {
                case DAYS_30 -> flows.getDays30();
                case DAYS_90 -> flows.getDays90();
                case DAYS_365 -> flows.getDays365();
            };
        }
    }

    private static Map<String, Measure> catalogue() {
        Map<String, Measure> measures = new LinkedHashMap<>();
        Catalogue add = (name, description, unit, reader) ->
                measures.put(name, new Measure(name, description, unit, reader));

        add.put("balance.current", "Balance at the end of the day", Unit.CZK, b -> b.getBalance());
        balances(add, "30d", "in the last 30 days", AccountBehaviour::getBalance30d);
        balances(add, "90d", "in the last 90 days", AccountBehaviour::getBalance90d);
        balances(add, "365d", "in the last 365 days", AccountBehaviour::getBalance365d);
        balances(add, "sinceOpening", "since the account opened", AccountBehaviour::getBalanceSinceOpening);
        add.put("negativeBalanceDays", "Days the balance ended below 0 since the account opened", Unit.DAYS,
                b -> (double) b.getNegativeBalanceDays());

        for (Window window : Window.values()) {
            flows(add, "credits", "money in", window, b -> window.of(b.getCredits()));
            flows(add, "debits", "money out", window, b -> window.of(b.getDebits()));
        }
        for (TransactionKind kind : TransactionKind.values()) {
            for (Window window : Window.values()) {
                flows(add, kindName(kind), KindWords.of(kind), window, b -> kindFlows(b, kind, window));
            }
        }

        add.put("account.tenureMonths", "Months since the account opened", Unit.MONTHS,
                b -> b.getTenureDays() / DAYS_PER_MONTH);
        add.put("account.transactionCount", "Transactions booked since the account opened", Unit.COUNT,
                b -> (double) b.getTransactionCount());
        add.put("account.disponents", "Authorised users besides the owner", Unit.COUNT, b -> (double) b.getDisponents());
        add.put("monthlyIncome", "Average monthly income over the last year", Unit.CZK, b -> b.getMonthlyIncome());
        add.put("savingsRatio", "Share of the last year's money in that was not spent", Unit.RATIO,
                AccountBehaviour::getSavingsRatio);
        add.put("smallVsLarge", "Transactions per month divided by their average size in thousands of CZK",
                Unit.RATIO, b -> b.getSmallVsLarge());
        add.put("monthsSinceLastCredit", "Months since money last came in (interest excluded)", Unit.MONTHS,
                AccountBehaviour::getMonthsSinceLastCredit);

        add.put("owner.age", "Owner's age", Unit.YEARS, b -> b.getOwnerAge() == null ? null : b.getOwnerAge().doubleValue());
        district(add, "district.averageSalary", "Average salary in the account's district", Unit.CZK,
                DistrictFacts::getAverageSalary);
        district(add, "district.unemploymentRate", "Unemployment rate in the account's district", Unit.PERCENT,
                DistrictFacts::getUnemploymentRate);
        district(add, "district.urbanRatioPercent", "Share of urban inhabitants in the account's district",
                Unit.PERCENT, DistrictFacts::getUrbanRatioPercent);
        district(add, "district.crimesPer1000", "Crimes per 1,000 inhabitants in the account's district",
                Unit.PER_THOUSAND, DistrictFacts::getCrimesPer1000);

        add.put("cards.count", "Cards held", Unit.COUNT, b -> (double) b.getCards().size());
        add.put("standingOrders.count", "Standing orders", Unit.COUNT, b -> (double) b.getStandingOrders().size());
        add.put("standingOrders.monthlyTotal", "Monthly total of standing orders", Unit.CZK,
                b -> b.getStandingOrders().stream().mapToDouble(StandingOrderHeld::getAmount).sum());

        loan(add, "loan.amount", "Loan amount", Unit.CZK, LoanFacts::getAmount);
        loan(add, "loan.durationMonths", "Loan duration", Unit.MONTHS, l -> (double) l.getDurationMonths());
        loan(add, "loan.monthlyPayment", "Monthly loan instalment", Unit.CZK, LoanFacts::getMonthlyPayment);
        loan(add, "loan.paymentToIncome", "Monthly instalment as a share of monthly income", Unit.RATIO,
                LoanFacts::getPaymentToIncome);
        return measures;
    }

    @FunctionalInterface
    private interface Catalogue {
        void put(String name, String description, Unit unit, Function<AccountBehaviour, Double> reader);
    }

    private static void balances(Catalogue add, String suffix, String period,
            Function<AccountBehaviour, BalanceStats> stats) {
        stat(add, "balance.min." + suffix, "Lowest end-of-day balance " + period, stats, BalanceStats::getMin);
        stat(add, "balance.mean." + suffix, "Average end-of-day balance " + period, stats, BalanceStats::getMean);
        stat(add, "balance.firstQuartile." + suffix, "End-of-day balance exceeded on 3 of 4 days " + period, stats,
                BalanceStats::getFirstQuartile);
        stat(add, "balance.volatility." + suffix, "Day-to-day spread (standard deviation) of the balance " + period,
                stats, BalanceStats::getVolatility);
    }

    private static void stat(Catalogue add, String name, String description,
            Function<AccountBehaviour, BalanceStats> stats, ToDoubleFunction<BalanceStats> field) {
        add.put(name, description, Unit.CZK, b -> field.applyAsDouble(stats.apply(b)));
    }

    private static void flows(Catalogue add, String prefix, String words, Window window,
            Function<AccountBehaviour, FlowStats> stats) {
        String period = " in the last " + window.days + " days";
        add.put(prefix + ".count." + window.suffix, "Number of " + words + period, Unit.COUNT,
                b -> (double) stats.apply(b).getCount());
        add.put(prefix + ".sum." + window.suffix, "Total " + words + period, Unit.CZK, b -> stats.apply(b).getSum());
        add.put(prefix + ".mean." + window.suffix, "Average single amount of " + words + period, Unit.CZK,
                b -> stats.apply(b).getMean());
        add.put(prefix + ".max." + window.suffix, "Largest single amount of " + words + period, Unit.CZK,
                b -> stats.apply(b).getMax());
    }

    private static void district(Catalogue add, String name, String description, Unit unit,
            Function<DistrictFacts, Double> field) {
        add.put(name, description, unit, b -> b.getDistrict() == null ? null : field.apply(b.getDistrict()));
    }

    private static void loan(Catalogue add, String name, String description, Unit unit,
            Function<LoanFacts, Double> field) {
        add.put(name, description, unit, b -> b.getLoan() == null ? null : field.apply(b.getLoan()));
    }
}
