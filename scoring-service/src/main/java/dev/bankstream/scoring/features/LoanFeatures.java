package dev.bankstream.scoring.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.bankstream.scoring.features.BehaviourMeasures.Window;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanFacts;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.TransactionKind;

/**
 * Turns a loan and its account's behaviour into the loan-default model's features: a fixed, named, ordered list.
 *
 * <p>Two entry points give the same features: {@link #fromSnapshot} for training (the behaviour at the end of the
 * day before the grant) and {@link #fromBehaviour} for online scoring of a borrower's latest behaviour. So that the
 * two stay comparable, the loan's own footprint is left out of both: debits exclude loan instalments (there are none
 * before the grant) and standing orders exclude those paying a loan (the feature-service drops them from snapshots).
 *
 * <h2>Missing facts</h2>
 * A snapshot cannot be scored, and {@link FeatureExtraction.Incomplete} says why, when the account has no
 * transaction at all, none in the 90 days before the scored day (history missing or stale), or the loan terms are
 * not positive. Other gaps are filled by documented fallbacks, reported in {@link FeatureExtraction.Complete}:
 * <ul>
 *   <li>no income seen: {@code loan.paymentToIncome} = {@value #PAYMENT_TO_INCOME_CAP} (the cap also applied to
 *       real values, so one tiny income does not dominate the model);</li>
 *   <li>no credit since opening: {@code monthsSinceLastCredit} = the account's age in months;</li>
 *   <li>no credits in 365 days: {@code savingsRatio} = -1 when money went out, else 0 (values are clamped to
 *       [-1, 1]);</li>
 *   <li>owner's age unknown: {@code owner.age} = 0 and {@code owner.ageUnknown} = 1;</li>
 *   <li>district unknown: district facts = 0 and {@code district.unknown} = 1.</li>
 * </ul>
 * The indicator features let a model learn what "unknown" means instead of mistaking 0 for a real value.
 */
public final class LoanFeatures {

    /** Instalment-to-income ratios above this are treated as this; also the value when there is no income. */
    public static final double PAYMENT_TO_INCOME_CAP = 10.0;

    private static final List<Feature> FEATURES = features();
    private static final List<String> NAMES = FEATURES.stream().map(f -> f.definition().name()).toList();
    private static final Map<String, FeatureDefinition> DEFINITIONS = FEATURES.stream()
            .collect(Collectors.toUnmodifiableMap(f -> f.definition().name(), Feature::definition));

    private LoanFeatures() {
    }

    /** Feature names in model order. A model trained on other names is refused. */
    public static List<String> names() {
        return NAMES;
    }

    public static List<FeatureDefinition> definitions() {
        return FEATURES.stream().map(Feature::definition).toList();
    }

    public static FeatureDefinition definition(String name) {
        return Optional.ofNullable(DEFINITIONS.get(name))
                .orElseThrow(() -> new IllegalArgumentException("No loan feature named " + name));
    }

    /** Training row: the loan's terms and the behaviour at the end of the day before the grant. */
    public static FeatureExtraction fromSnapshot(LoanSnapshot snapshot) {
        AccountBehaviour behaviour = snapshot.getBehaviour();
        double income = behaviour.getMonthlyIncome();
        LoanTerms terms = new LoanTerms(snapshot.getAmount(), snapshot.getDurationMonths(),
                snapshot.getMonthlyPayment(), income > 0 ? snapshot.getMonthlyPayment() / income : null);
        return extract(behaviour, terms, snapshot.getGrantedOn());
    }

    /** Online scoring: a borrower's latest behaviour, which carries its loan. */
    public static FeatureExtraction fromBehaviour(AccountBehaviour behaviour) {
        LoanFacts loan = behaviour.getLoan();
        if (loan == null) {
            return new FeatureExtraction.Incomplete(List.of(
                    "account " + behaviour.getAccountId() + " has no loan: nothing for the loan-default model to score"));
        }
        LoanTerms terms = new LoanTerms(loan.getAmount(), loan.getDurationMonths(), loan.getMonthlyPayment(),
                loan.getPaymentToIncome());
        return extract(behaviour, terms, behaviour.getAsOfDate().plusDays(1));
    }

    private static FeatureExtraction extract(AccountBehaviour behaviour, LoanTerms terms, LocalDate scoredDay) {
        List<String> missing = requiredFactsMissing(behaviour, terms, scoredDay);
        if (!missing.isEmpty()) {
            return new FeatureExtraction.Incomplete(missing);
        }
        Reading reading = new Reading(behaviour, terms);
        double[] values = new double[FEATURES.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = FEATURES.get(i).value().apply(reading);
            if (!Double.isFinite(values[i])) {
                missing.add("feature " + NAMES.get(i) + " is not a finite number (" + values[i] + ")");
            }
        }
        if (!missing.isEmpty()) {
            return new FeatureExtraction.Incomplete(missing);
        }
        return new FeatureExtraction.Complete(new FeatureVector(NAMES, values), reading.fallbacks);
    }

    private static List<String> requiredFactsMissing(AccountBehaviour behaviour, LoanTerms terms, LocalDate scoredDay) {
        List<String> missing = new ArrayList<>();
        if (behaviour.getTransactionCount() == 0) {
            missing.add("no transactions before " + scoredDay + ": the account has no history to score");
        } else if (behaviour.getCredits().getDays90().getCount() + behaviour.getDebits().getDays90().getCount() == 0) {
            missing.add("no transactions in the 90 days up to " + behaviour.getAsOfDate()
                    + ": the account's recent history is missing or stale");
        }
        if (!(terms.amount() > 0 && terms.durationMonths() > 0 && terms.monthlyPayment() > 0)) {
            missing.add("loan terms incomplete: amount " + terms.amount() + ", duration " + terms.durationMonths()
                    + " months, instalment " + terms.monthlyPayment());
        }
        return missing;
    }

    /** The behaviour and terms being read, collecting the fallbacks applied on the way. */
    private static final class Reading {
        final AccountBehaviour behaviour;
        final LoanTerms terms;
        final List<String> fallbacks = new ArrayList<>();

        Reading(AccountBehaviour behaviour, LoanTerms terms) {
            this.behaviour = behaviour;
            this.terms = terms;
        }

        double measure(String name) {
            return BehaviourMeasures.named(name).read(behaviour);
        }

        double fallback(Double value, double instead, String why) {
            if (value != null) {
                return value;
            }
            if (!fallbacks.contains(why)) {
                fallbacks.add(why);
            }
            return instead;
        }
    }

    private record Feature(FeatureDefinition definition, Function<Reading, Double> value) {
    }

    private static List<Feature> features() {
        List<Feature> features = new ArrayList<>();
        FeatureList add = (name, description, unit, value) ->
                features.add(new Feature(new FeatureDefinition(name, description, unit), value));

        add.put("loan.amount", "Loan amount", Unit.CZK, r -> r.terms.amount());
        add.put("loan.durationMonths", "Loan duration", Unit.MONTHS, r -> (double) r.terms.durationMonths());
        add.put("loan.monthlyPayment", "Monthly loan instalment", Unit.CZK, r -> r.terms.monthlyPayment());
        add.put("loan.paymentToIncome", "Monthly instalment as a share of monthly income", Unit.RATIO,
                r -> Math.min(PAYMENT_TO_INCOME_CAP, r.fallback(r.terms.paymentToIncome(), PAYMENT_TO_INCOME_CAP,
                        "no income seen: instalment-to-income set to the cap " + PAYMENT_TO_INCOME_CAP)));
        measure(add, "account.tenureMonths");
        for (String name : List.of("balance.current", "balance.min.30d", "balance.mean.30d", "balance.min.90d",
                "balance.mean.90d", "balance.firstQuartile.90d", "balance.volatility.90d", "balance.min.365d",
                "balance.mean.365d", "balance.volatility.365d", "balance.min.sinceOpening", "negativeBalanceDays",
                "credits.sum.30d", "credits.sum.90d", "credits.sum.365d", "credits.count.90d")) {
            measure(add, name);
        }
        for (Window window : Window.values()) {
            add.put("debitsExceptLoan.sum." + window.suffix,
                    "Total money out in the last " + window.days + " days, loan instalments excluded", Unit.CZK,
                    r -> window.of(r.behaviour.getDebits()).getSum() - instalments(r, window).getSum());
        }
        add.put("debitsExceptLoan.count.90d", "Number of payments out in the last 90 days, loan instalments excluded",
                Unit.COUNT, r -> (double) (r.behaviour.getDebits().getDays90().getCount()
                        - instalments(r, Window.DAYS_90).getCount()));
        measure(add, "monthlyIncome");
        add.put("savingsRatio", "Share of the last year's money in that was not spent", Unit.RATIO,
                r -> clamp(r.fallback(r.behaviour.getSavingsRatio(),
                        r.behaviour.getDebits().getDays365().getCount() > 0 ? -1.0 : 0.0,
                        "no money in for 365 days: savings ratio -1 if money went out, else 0")));
        measure(add, "smallVsLarge");
        add.put("monthsSinceLastCredit", "Months since money last came in (interest excluded)", Unit.MONTHS,
                r -> r.fallback(r.behaviour.getMonthsSinceLastCredit(), r.measure("account.tenureMonths"),
                        "no money in since opening: months since last credit set to the account's age"));
        for (String name : List.of("salaryOrTransferIn.sum.90d", "pension.sum.90d", "cashDeposit.sum.90d",
                "cashWithdrawal.sum.90d", "cashWithdrawal.max.90d", "cardWithdrawal.count.365d", "remittance.sum.90d",
                "householdPayment.sum.90d", "insurancePayment.sum.90d", "leasingPayment.sum.90d",
                "sanctionInterest.count.90d", "sanctionInterest.count.365d")) {
            measure(add, name);
        }
        Measure age = BehaviourMeasures.named("owner.age");
        add.put("owner.age", age.description(), age.unit(), r -> r.fallback(age.read(r.behaviour), 0.0,
                "owner's age unknown: age 0 and owner.ageUnknown 1"));
        add.put("owner.ageUnknown", "Owner's age is unknown", Unit.FLAG,
                r -> r.behaviour.getOwnerAge() == null ? 1.0 : 0.0);
        add.put("owner.female", "Owner is a woman", Unit.FLAG,
                r -> r.behaviour.getOwnerGender() == Gender.FEMALE ? 1.0 : 0.0);
        measure(add, "account.disponents");
        for (String name : List.of("district.averageSalary", "district.unemploymentRate",
                "district.urbanRatioPercent", "district.crimesPer1000")) {
            Measure district = BehaviourMeasures.named(name);
            add.put(name, district.description(), district.unit(), r -> r.fallback(district.read(r.behaviour), 0.0,
                    "district unknown: district facts 0 and district.unknown 1"));
        }
        add.put("district.unknown", "The account's district is unknown", Unit.FLAG,
                r -> r.behaviour.getDistrict() == null ? 1.0 : 0.0);
        measure(add, "cards.count");
        add.put("standingOrders.count", "Standing orders other than loan repayments", Unit.COUNT,
                r -> (double) otherOrders(r).size());
        add.put("standingOrders.monthlyTotal", "Monthly total of standing orders other than loan repayments",
                Unit.CZK, r -> otherOrders(r).stream().mapToDouble(StandingOrderHeld::getAmount).sum());
        add.put("statement.weekly", "Statements are issued weekly", Unit.FLAG,
                r -> r.behaviour.getStatementFrequency() == StatementFrequency.WEEKLY ? 1.0 : 0.0);
        add.put("statement.afterTransaction", "A statement is issued after every transaction", Unit.FLAG,
                r -> r.behaviour.getStatementFrequency() == StatementFrequency.AFTER_TRANSACTION ? 1.0 : 0.0);
        return List.copyOf(features);
    }

    @FunctionalInterface
    private interface FeatureList {
        void put(String name, String description, Unit unit, Function<Reading, Double> value);
    }

    private static void measure(FeatureList add, String name) {
        Measure measure = BehaviourMeasures.named(name);
        add.put(name, measure.description(), measure.unit(), r -> measure.read(r.behaviour));
    }

    private static FlowStats instalments(Reading reading, Window window) {
        return BehaviourMeasures.kindFlows(reading.behaviour, TransactionKind.LOAN_INSTALMENT, window);
    }

    private static List<StandingOrderHeld> otherOrders(Reading reading) {
        return reading.behaviour.getStandingOrders().stream()
                .filter(order -> order.getPurpose() != OrderPurpose.LOAN)
                .toList();
    }

    private static double clamp(double ratio) {
        return Math.max(-1.0, Math.min(1.0, ratio));
    }
}
