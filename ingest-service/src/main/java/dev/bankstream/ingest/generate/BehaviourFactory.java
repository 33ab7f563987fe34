package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Draws income and spending habits for an account whose owner we know only by age, gender and district. The
 * ranges come from the real sample: salaries either 2,900-5,000 or 9,000-50,000 CZK, pensions 4,000-7,000, cash
 * earners depositing about 14,000 a month in one to three deposits under 50,000, one to three cash withdrawals a
 * month, mostly in whole hundreds.
 */
final class BehaviourFactory {

    private static final double SALARIED_SHARE = 0.22;
    private static final int MEN_RETIRE_AT = 60;
    private static final int WOMEN_RETIRE_AT = 57;
    private static final int ADULT_AGE = 20;
    /** District salaries vary around this figure; incomes scale with it. */
    private static final double TYPICAL_DISTRICT_SALARY = 9_000.0;
    private static final long CROWN = 100;

    static IncomeProfile profile(Rng rng, int age, boolean female) {
        if (age >= (female ? WOMEN_RETIRE_AT : MEN_RETIRE_AT)) {
            return IncomeProfile.PENSIONER;
        }
        return rng.chance(SALARIED_SHARE) ? IncomeProfile.SALARIED : IncomeProfile.CASH_EARNER;
    }

    static Earnings earnings(Rng rng, IncomeProfile profile, int age, int districtSalary, LocalDate opened) {
        double level = districtSalary / TYPICAL_DISTRICT_SALARY;
        return switch (profile) {
            case SALARIED -> {
                double salary = rng.chance(0.5) ? rng.between(2_900, 5_000) : rng.logUniform(9_000, 50_000) * level;
                yield new Earnings(regular(rng, salary, opened), null,
                        rng.chance(0.35) ? crowns(rng.between(500, 4_000)) : 0, 0.3);
            }
            case PENSIONER -> new Earnings(null, regular(rng, rng.between(4_019, 6_987), opened),
                    rng.chance(0.25) ? crowns(rng.between(300, 3_000)) : 0, 0.25);
            case CASH_EARNER -> {
                double cash = age < ADULT_AGE
                        ? rng.between(800, 3_000)
                        : clamp(rng.logNormal(17_000, 0.55) * level, 2_000, 70_000);
                yield new Earnings(null, null, crowns(cash), rng.between(1.0, 1.8));
            }
        };
    }

    /**
     * Spending habits for the given earnings.
     *
     * @param from                 the first month the habits apply to (income is indexed yearly)
     * @param fixedMonthlyCents    what standing orders, instalments and fees take each month
     * @param paysHouseholdByOrder whether a household (SIPO) order exists; if not, some pay those bills in cash
     */
    static Behaviour spending(Rng rng, Earnings earnings, IncomeProfile profile, YearMonth from,
            long fixedMonthlyCents, boolean paysHouseholdByOrder) {
        double withdrawals = switch (profile) {
            case SALARIED -> rng.between(0.9, 2.4);
            case PENSIONER -> rng.between(0.7, 1.7);
            case CASH_EARNER -> rng.between(0.9, 2.3);
        };
        boolean busyCashBusiness = profile == IncomeProfile.CASH_EARNER && earnings.cashIncomeCents() > 1_000_000;
        double undocumentedShare = busyCashBusiness && rng.chance(0.4) ? rng.between(0.2, 0.6) : 0;
        boolean transfers = rng.chance(0.08);
        long householdCash = 0;
        if (!paysHouseholdByOrder && rng.chance(0.04)) {
            // Bills paid at the counter come out of what the income leaves after the orders.
            long affordableHundreds = (earnings.monthlyCents(from) - fixedMonthlyCents) / 2 / (100 * CROWN);
            long hundreds = Math.min(clamp(Math.round(rng.logNormal(40, 0.6)), 2, 184), affordableHundreds);
            householdCash = hundreds >= 2 ? hundreds * 100 * CROWN : 0;
        }
        // Real accounts hold 15,000-55,000 CZK on average whatever their income; the balance must cover the orders.
        long target = Math.max(2 * fixedMonthlyCents,
                crowns(clamp(rng.logNormal(28_000, 0.45), 8_000, 90_000)));
        return new Behaviour(earnings, withdrawals, rng.between(0.6, 0.9), undocumentedShare,
                rng.between(0.3, 1.5), transfers ? rng.between(0.3, 1.0) : 0, transfers ? Partner.random(rng) : null,
                rng.between(300, 2_330), householdCash, rng.between(1, 15), target);
    }

    private static RegularIncome regular(Rng rng, double crowns, LocalDate opened) {
        // Real salaries and pensions all arrive between the 5th and the 14th.
        return new RegularIncome(Partner.random(rng), crowns(crowns), opened.getYear(), rng.between(5, 14));
    }

    static long crowns(double crowns) {
        return Math.round(crowns) * CROWN;
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    static long clamp(long value, long low, long high) {
        return Math.max(low, Math.min(high, value));
    }

    private BehaviourFactory() {
    }
}
