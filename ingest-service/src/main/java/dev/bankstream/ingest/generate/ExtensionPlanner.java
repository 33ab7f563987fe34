package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Plans the continuation of every real account. An account with history keeps what its history shows: its last
 * balance, its salary or pension (payer, day, amount), how much cash it deposits and draws, its balance level, and
 * each standing order's payment day. Accounts opened after the real data ends, or with too little history, get
 * habits drawn as for a fresh account. Real loans are repaid through their UVER order from the month after the
 * grant; B and D loans get a distress onset inside the extension whenever one fits.
 */
final class ExtensionPlanner {

    /** Below this much history, observed rates are too noisy to carry on. */
    private static final double LEAST_MONTHS_OF_HISTORY = 3;
    /** Unseen orders of accounts that already existed start within two years of the cut. */
    private static final int UNSEEN_ORDER_START_MONTHS = 24;
    private static final int FALLBACK_DISTRICT_SALARY = 9_000;
    /** Income needed to carry the real orders and instalments with something left to live on. */
    private static final double INCOME_OVER_FIXED_DEBITS = 1.4;

    private final RealTables tables;
    private final TransactionScan scan;
    private final LocalDate start;
    private final LocalDate until;
    private final long seed;

    private ExtensionPlanner(RealTables tables, TransactionScan scan, LocalDate until, long seed) {
        this.tables = tables;
        this.scan = scan;
        this.start = scan.lastDate.plusDays(1);
        this.until = until;
        this.seed = seed;
    }

    static List<AccountPlan> plan(RealTables tables, TransactionScan scan, LocalDate until, long seed) {
        ExtensionPlanner planner = new ExtensionPlanner(tables, scan, until, seed);
        List<AccountPlan> plans = new ArrayList<>(tables.accounts.size());
        tables.accounts.values().stream()
                .sorted(Comparator.comparingInt(RealTables.RealAccount::id))
                .forEach(account -> plans.add(planner.account(account)));
        return plans;
    }

    private AccountPlan account(RealTables.RealAccount account) {
        Rng rng = Rng.derive(seed, Rng.EXTENSION_PLAN, account.id());
        AccountHistory history = scan.histories.get(account.id());
        boolean openedAfterCut = account.opened().isAfter(scan.lastDate);
        LocalDate activeFrom = openedAfterCut ? account.opened() : start;
        YearMonth firstMonth = YearMonth.from(activeFrom);
        RealTables.Owner owner = tables.owners.get(account.id());
        if (owner == null) {
            throw new IllegalStateException("account " + account.id() + " has no OWNER in disp.asc");
        }
        int age = Period.between(owner.birthDate(), account.opened()).getYears();
        boolean established = history != null && history.months() >= LEAST_MONTHS_OF_HISTORY;

        IncomeProfile profile = profile(rng, history, age, owner.female());
        Earnings earnings = established
                ? new Earnings(history.salary(), history.pension(), history.monthlyDepositCents(),
                        depositsPerMonth(profile, history))
                : withObservedIncome(BehaviourFactory.earnings(rng, profile, age,
                        tables.districtSalaries.getOrDefault(account.districtId(), FALLBACK_DISTRICT_SALARY),
                        account.opened()), history);

        YearMonth serviceStart = OrderFactory.serviceStart(rng, account.opened());
        RealTables.RealLoan realLoan = tables.loansByAccount.get(account.id());
        List<StandingOrder> orders = orders(account, realLoan, history, openedAfterCut ? serviceStart : firstMonth,
                rng);
        Loan loan = realLoan == null ? null : new Loan(realLoan.id(), account.id(), realLoan.granted(),
                realLoan.durationMonths(), realLoan.paymentsCents(), realLoan.status());
        YearMonth earliestOnset = latest(DistressPlanner.earliestOnsetAfterOpening(account.opened()),
                firstFullMonth().plusMonths(3));
        Distress distress = distress(rng, profile, loan, earliestOnset);

        long fixed = orders.stream().mapToLong(StandingOrder::amountCents).sum()
                + account.frequency().monthlyFeeCents();
        earnings = earnings.atLeast(Math.round(fixed * INCOME_OVER_FIXED_DEBITS), firstMonth);
        boolean householdOrder = orders.stream().anyMatch(order -> order.purpose() == OrderPurpose.HOUSEHOLD);
        Behaviour behaviour = BehaviourFactory.spending(rng, earnings, profile, firstMonth, fixed,
                householdOrder);
        if (established) {
            behaviour = observed(behaviour, history);
        }
        YearMonth feesFrom = history != null && history.firstFeeMonth() != null
                ? history.firstFeeMonth()
                : latest(serviceStart, firstMonth);
        return new AccountPlan(account.id(), account.districtId(), account.opened(), account.frequency(), profile,
                behaviour, List.copyOf(orders), loan, tables.cardsByAccount.get(account.id()), distress, feesFrom,
                activeFrom, history == null ? 0 : history.lastBalanceCents());
    }

    /** The account's real orders, continued; its loan's UVER order becomes the loan's instalments. */
    private List<StandingOrder> orders(RealTables.RealAccount account, RealTables.RealLoan loan,
            AccountHistory history, YearMonth unseenFrom, Rng rng) {
        List<RealTables.RealOrder> realOrders = tables.ordersByAccount.getOrDefault(account.id(), List.of());
        RealTables.RealOrder instalmentOrder = loan == null ? null : instalmentOrder(loan, realOrders);
        List<StandingOrder> orders = new ArrayList<>(realOrders.size() + 1);
        for (RealTables.RealOrder order : realOrders) {
            orders.add(order == instalmentOrder
                    ? instalments(loan, order.id(), order.payee(), order.amountCents(), history)
                    : continued(order, history, unseenFrom, rng));
        }
        if (loan != null && instalmentOrder == null) {
            // Every loan in the Berka tables has its UVER order; a folder without one still gets its instalments.
            orders.add(instalments(loan, 0, Partner.random(rng), loan.paymentsCents(), history));
        }
        return orders;
    }

    /**
     * B and D loans go bad inside the extension when an onset fits there; accounts without a loan may go through
     * hard times that pass, so a loan's status alone tells its story.
     */
    private Distress distress(Rng rng, IncomeProfile profile, Loan loan, YearMonth earliestOnset) {
        if (loan != null) {
            boolean badBeforeUntil = loan.status().isBad() && !loan.granted().isAfter(until);
            return badBeforeUntil
                    ? DistressPlanner.defaulting(rng, profile, loan.granted(), loan.durationMonths(), earliestOnset,
                            until)
                    : null;
        }
        return profile != IncomeProfile.PENSIONER && rng.chance(DistressPlanner.TEMPORARY_SHARE)
                ? DistressPlanner.temporary(rng, earliestOnset, until)
                : null;
    }

    private static IncomeProfile profile(Rng rng, AccountHistory history, int age, boolean female) {
        if (history != null && history.pension() != null) {
            return IncomeProfile.PENSIONER;
        }
        if (history != null && history.salary() != null) {
            return IncomeProfile.SALARIED;
        }
        return BehaviourFactory.profile(rng, age, female);
    }

    /** Someone living on cash brings some in every month, even if the short real history shows gaps. */
    private static double depositsPerMonth(IncomeProfile profile, AccountHistory history) {
        return profile == IncomeProfile.CASH_EARNER ? Math.max(1.0, history.depositsPerMonth())
                : history.depositsPerMonth();
    }

    /** A short history still tells us the salary or pension, if one was paid. */
    private static Earnings withObservedIncome(Earnings drawn, AccountHistory history) {
        if (history == null || history.salary() == null && history.pension() == null) {
            return drawn;
        }
        return new Earnings(history.salary(), history.pension(), drawn.cashIncomeCents(), drawn.depositsPerMonth());
    }

    /** The real history's own rates replace the drawn ones. */
    private static Behaviour observed(Behaviour drawn, AccountHistory history) {
        return new Behaviour(drawn.earnings(), history.cashWithdrawalsPerMonth(), drawn.roundWithdrawalShare(),
                history.undocumentedWithdrawalShare(),
                history.cardWithdrawalsPerMonth() > 0 ? history.cardWithdrawalsPerMonth()
                        : drawn.cardWithdrawalsPerMonth(),
                drawn.transfersOutPerMonth(), drawn.transferPayee(), drawn.largestTransferCrowns(),
                drawn.householdCashCents(), drawn.householdDay(),
                Math.max(drawn.targetBalanceCents() / 2, history.averageBalanceCents()));
    }

    /** The account's UVER order that repays its loan: the one closest in amount to the loan's payments. */
    private static RealTables.RealOrder instalmentOrder(RealTables.RealLoan loan, List<RealTables.RealOrder> orders) {
        return orders.stream()
                .filter(order -> order.purpose() == OrderPurpose.LOAN)
                .min(Comparator.comparingLong(order -> Math.abs(order.amountCents() - loan.paymentsCents())))
                .orElse(null);
    }

    private StandingOrder instalments(RealTables.RealLoan loan, int orderId, Partner payee, long amountCents,
            AccountHistory history) {
        LocalDate lastPaid = history == null ? null
                : history.lastPayment(AccountHistory.paymentKey(payee.account(), amountCents));
        int day = lastPaid == null ? Loan.INSTALMENT_DAY : lastPaid.getDayOfMonth();
        YearMonth first = YearMonth.from(loan.granted()).plusMonths(1);
        return new StandingOrder(orderId, loan.accountId(), OrderPurpose.LOAN, payee, amountCents, day, first,
                YearMonth.from(loan.granted()).plusMonths(loan.durationMonths()), true);
    }

    /**
     * A real order carries on from the month after its last real payment; one never paid yet starts at
     * {@code unseenFrom} (accounts opened after the cut) or within two years of the cut.
     */
    private StandingOrder continued(RealTables.RealOrder order, AccountHistory history, YearMonth unseenFrom,
            Rng rng) {
        LocalDate lastPaid = history == null ? null : history.lastPayment(order.paymentKey());
        YearMonth first;
        int day;
        if (lastPaid != null) {
            first = YearMonth.from(lastPaid).plusMonths(1);
            day = lastPaid.getDayOfMonth();
        } else {
            first = unseenFrom.isAfter(YearMonth.from(start))
                    ? unseenFrom
                    : YearMonth.from(start).plusMonths(rng.between(0, UNSEEN_ORDER_START_MONTHS));
            day = OrderFactory.paymentDay(rng);
        }
        return new StandingOrder(order.id(), order.accountId(), order.purpose(), order.payee(), order.amountCents(),
                day, first, null, false);
    }

    /** The first month the extension covers from its first day. */
    private YearMonth firstFullMonth() {
        YearMonth month = YearMonth.from(start);
        return start.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    private static YearMonth latest(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
