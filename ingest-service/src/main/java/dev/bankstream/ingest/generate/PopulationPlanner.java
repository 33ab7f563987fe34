package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Plans a fresh bank: districts, accounts opened over the period, their owners and disponents, orders, loans,
 * cards and distress. Shares follow the real tables: 19 % of accounts have a disponent, 15 % a loan (11 % of loans
 * go bad), 20 % a card; owners are born 1910-1987 with the real decade mix; 93 % take monthly statements.
 */
final class PopulationPlanner {

    /** The real bank's account count, which scale 1 reproduces. */
    static final int ACCOUNTS_AT_SCALE_ONE = 4_500;

    /** Share of accounts opened in each fifth of the opening window, as 1993..1997 in account.asc. */
    private static final int[] OPENING_WEIGHTS = {1_139, 439, 661, 1_363, 898};
    /** Owners' birth decades 1910s..1980s in client.asc. */
    private static final int[] BIRTH_DECADE_WEIGHTS = {114, 487, 653, 992, 976, 959, 1_022, 166};
    private static final int FIRST_BIRTH_DECADE = 1910;
    private static final int YOUNGEST_OWNER_AGE = 12;
    private static final StatementFrequency[] FREQUENCIES = StatementFrequency.values();
    private static final int[] FREQUENCY_WEIGHTS = {4_167, 240, 93};

    private static final double DISPONENT_SHARE = 0.193;
    private static final double SAME_DISTRICT_SHARE = 0.91;
    private static final double FEMALE_SHARE = 0.49;
    private static final double LOAN_SHARE = 0.147;
    private static final double BAD_LOAN_SHARE = 0.15;
    private static final double CARD_SHARE = 0.17;
    /** Junior cards make up a sixth of the real cards: the young take cards far more often. */
    private static final double YOUNG_OWNER_CARD_SHARE = 0.7;
    private static final int JUNIOR_CARD_AGE_LIMIT = 19;

    private static final int FIRST_ORDER_ID = 29_401;
    private static final int FIRST_LOAN_ID = 4_959;
    private static final int[] LOAN_DURATIONS = {12, 24, 36, 48, 60};
    private static final long SMALLEST_PAYMENTS_CENTS = 30_400;
    private static final long LARGEST_PAYMENTS_CENTS = 991_000;
    private static final int LOAN_EARLIEST_MONTHS = 3;
    private static final int LOAN_LATEST_MONTHS = 23;
    /** The last real loan was granted on 1998-12-08, 23 days before the data ends. */
    private static final int LOAN_DAYS_BEFORE_END = 23;

    private final GeneratorOptions options;
    private final List<District> districts;
    private final IdSequence clientIds = new IdSequence(1);
    private final IdSequence orderIds = new IdSequence(FIRST_ORDER_ID);
    private final IdSequence loanIds = new IdSequence(FIRST_LOAN_ID);
    private final IdSequence cardIds = new IdSequence(1);
    private final List<Client> clients = new ArrayList<>();
    private final List<Disposition> dispositions = new ArrayList<>();

    private PopulationPlanner(GeneratorOptions options, List<District> districts) {
        this.options = options;
        this.districts = districts;
    }

    static Population plan(GeneratorOptions options) {
        List<District> districts = DistrictGenerator.generate(Rng.derive(options.seed(), Rng.DISTRICTS));
        PopulationPlanner planner = new PopulationPlanner(options, districts);
        Opening[] openings = planner.openings();
        List<AccountPlan> accounts = new ArrayList<>(openings.length);
        for (int i = 0; i < openings.length; i++) {
            accounts.add(planner.account(i + 1, openings[i]));
        }
        return new Population(districts, planner.clients, planner.dispositions, accounts);
    }

    private record Opening(LocalDate date, District district) {
    }

    /** Opening dates and branches, sorted by date so account ids rise with opening dates. */
    private Opening[] openings() {
        Rng rng = Rng.derive(options.seed(), Rng.OPENINGS);
        LocalDate first = options.firstDay();
        LocalDate lastOpening = options.lastDay().minusMonths(12);
        long windowDays = Math.max(0, ChronoUnit.DAYS.between(first, lastOpening));
        int[] byPopulation = districts.stream().mapToInt(District::inhabitants).toArray();
        Opening[] openings = new Opening[options.accountCount()];
        for (int i = 0; i < openings.length; i++) {
            double position = (rng.pick(OPENING_WEIGHTS) + rng.uniform()) / OPENING_WEIGHTS.length;
            openings[i] = new Opening(first.plusDays(Math.round(position * windowDays)),
                    districts.get(rng.pick(byPopulation)));
        }
        Arrays.sort(openings, Comparator.comparing(Opening::date));
        return openings;
    }

    private AccountPlan account(int accountId, Opening opening) {
        Rng rng = Rng.derive(options.seed(), Rng.ACCOUNT_PLAN, accountId);
        LocalDate opened = opening.date();
        District district = opening.district();

        Client owner = client(rng, birthDate(rng, opened), rng.chance(FEMALE_SHARE), district);
        int ownerDisposition = link(owner, accountId, true);
        if (rng.chance(DISPONENT_SHARE)) {
            LocalDate partnerBirth = owner.birthDate().plusDays(rng.between(-6 * 365, 6 * 365));
            boolean partnerFemale = owner.female() ? rng.chance(0.15) : rng.chance(0.85);
            link(client(rng, youngestOwnerLimit(partnerBirth, opened), partnerFemale, district), accountId, false);
        }

        int age = Period.between(owner.birthDate(), opened).getYears();
        IncomeProfile profile = BehaviourFactory.profile(rng, age, owner.female());
        StatementFrequency frequency = FREQUENCIES[rng.pick(FREQUENCY_WEIGHTS)];
        YearMonth serviceStart = OrderFactory.serviceStart(rng, opened);
        Earnings earnings = BehaviourFactory.earnings(rng, profile, age, district.averageSalary(), opened);
        long income = earnings.monthlyCents(YearMonth.from(opened));

        LocalDate granted = rng.chance(LOAN_SHARE) ? loanDate(rng, opened) : null;
        List<StandingOrder> orders = new ArrayList<>(OrderFactory.standingOrders(rng, orderIds, accountId, income,
                serviceStart, YearMonth.from(options.lastDay()), granted != null));
        long orderTotal = orders.stream().mapToLong(StandingOrder::amountCents).sum();

        YearMonth earliestOnset = DistressPlanner.earliestOnsetAfterOpening(opened);
        Distress distress = null;
        Loan loan = null;
        if (granted != null) {
            long payments = loanPayments(rng, income, orderTotal);
            if (payments > 0) {
                int duration = LOAN_DURATIONS[rng.between(0, LOAN_DURATIONS.length - 1)];
                if (profile != IncomeProfile.PENSIONER && rng.chance(BAD_LOAN_SHARE)) {
                    distress = DistressPlanner.defaulting(rng, profile, granted, duration, earliestOnset,
                            options.lastDay());
                }
                LoanStatus status = LoanStatus.of(Loan.finishedBy(granted, duration, options.lastDay()),
                        distress != null);
                loan = new Loan(loanIds.next(), accountId, granted, duration, payments, status);
                orders.add(new StandingOrder(orderIds.next(), accountId, OrderPurpose.LOAN, Partner.random(rng),
                        payments, Loan.INSTALMENT_DAY, loan.firstInstalmentMonth(), loan.lastInstalmentMonth(),
                        true));
            }
        }
        // Hard times that pass are kept to accounts without a loan, so a loan's status alone tells its story.
        if (loan == null && profile != IncomeProfile.PENSIONER && rng.chance(DistressPlanner.TEMPORARY_SHARE)) {
            distress = DistressPlanner.temporary(rng, earliestOnset, options.lastDay());
        }

        boolean young = Period.between(owner.birthDate(), options.lastDay()).getYears() < JUNIOR_CARD_AGE_LIMIT + 2;
        Card card = rng.chance(young ? YOUNG_OWNER_CARD_SHARE : CARD_SHARE)
                ? card(rng, owner, ownerDisposition, opened, income)
                : null;
        boolean householdOrder = orders.stream().anyMatch(order -> order.purpose() == OrderPurpose.HOUSEHOLD);
        long fixed = orderTotal + (loan == null ? 0 : loan.paymentsCents()) + frequency.monthlyFeeCents();
        Behaviour behaviour = BehaviourFactory.spending(rng, earnings, profile, YearMonth.from(opened), fixed,
                householdOrder);
        return new AccountPlan(accountId, district.id(), opened, frequency, profile, behaviour, List.copyOf(orders),
                loan, card, distress, serviceStart, opened, 0);
    }

    private Client client(Rng rng, LocalDate birthDate, boolean female, District accountDistrict) {
        int districtId = rng.chance(SAME_DISTRICT_SHARE)
                ? accountDistrict.id()
                : districts.get(rng.between(0, districts.size() - 1)).id();
        Client client = new Client(clientIds.next(), birthDate, female, districtId);
        clients.add(client);
        return client;
    }

    /** Disposition ids equal client ids, as they mostly do in disp.asc. */
    private int link(Client client, int accountId, boolean owner) {
        dispositions.add(new Disposition(client.id(), client.id(), accountId, owner));
        return client.id();
    }

    private static LocalDate birthDate(Rng rng, LocalDate opened) {
        int year = FIRST_BIRTH_DECADE + 10 * rng.pick(BIRTH_DECADE_WEIGHTS) + rng.between(0, 9);
        LocalDate birth = LocalDate.of(year, rng.between(1, 12), 1);
        return youngestOwnerLimit(birth.withDayOfMonth(rng.between(1, birth.lengthOfMonth())), opened);
    }

    private static LocalDate youngestOwnerLimit(LocalDate birth, LocalDate opened) {
        LocalDate latest = opened.minusYears(YOUNGEST_OWNER_AGE);
        return birth.isAfter(latest) ? latest : birth;
    }

    /** Loans come 3 to 23 months after opening; null if the data ends too soon for one. */
    private LocalDate loanDate(Rng rng, LocalDate opened) {
        LocalDate latest = options.lastDay().minusDays(LOAN_DAYS_BEFORE_END);
        LocalDate earliest = opened.plusMonths(LOAN_EARLIEST_MONTHS);
        if (earliest.isAfter(latest)) {
            return null;
        }
        long room = Math.min(ChronoUnit.MONTHS.between(earliest, latest), LOAN_LATEST_MONTHS - LOAN_EARLIEST_MONTHS);
        YearMonth month = YearMonth.from(earliest).plusMonths(rng.between(0, (int) room));
        LocalDate granted = month.atDay(rng.between(1, month.lengthOfMonth()));
        return granted.isAfter(latest) ? latest : granted;
    }

    /** Instalments of 12-40 % of income, within what orders leave, in the real range 304-9,910 CZK; 0 if none fit. */
    private static long loanPayments(Rng rng, long incomeCents, long orderCents) {
        long affordable = Math.round(incomeCents * 0.8) - orderCents;
        long wanted = Math.round(incomeCents * rng.between(0.12, 0.4));
        long payments = Math.min(Math.min(wanted, affordable), LARGEST_PAYMENTS_CENTS) / 100 * 100;
        if (payments < SMALLEST_PAYMENTS_CENTS) {
            return affordable >= SMALLEST_PAYMENTS_CENTS ? SMALLEST_PAYMENTS_CENTS : 0;
        }
        return payments;
    }

    /** Cards were mostly issued late in the period (half of the real ones in its last year). */
    private Card card(Rng rng, Client owner, int dispositionId, LocalDate opened, long incomeCents) {
        LocalDate earliest = opened.plusMonths(1);
        long span = ChronoUnit.DAYS.between(earliest, options.lastDay());
        if (span < 0) {
            return null;
        }
        LocalDate issued = earliest.plusDays(Math.round(span * StrictMath.pow(rng.uniform(), 0.55)));
        CardType type;
        if (Period.between(owner.birthDate(), issued).getYears() < JUNIOR_CARD_AGE_LIMIT) {
            type = CardType.JUNIOR;
        } else {
            type = rng.chance(incomeCents > 3_000_000 ? 0.3 : 0.06) ? CardType.GOLD : CardType.CLASSIC;
        }
        return new Card(cardIds.next(), dispositionId, type, issued);
    }
}
