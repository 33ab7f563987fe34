package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Books one account's transactions month by month and keeps its running balance, so the balance column chains
 * exactly. Each month it plans the month's income, orders and spending, replays them in day order, and closes the
 * month with the statement fee, sanction interest for days spent below zero, and interest on days above zero.
 *
 * <p>Spending steers the balance towards the owner's target while all is well. In distress income falls but
 * habits do not: a defaulting borrower keeps drawing cash (and draws savings down), so standing orders and fees
 * take the balance below zero, sanction interest appears, and instalments bounce for want of cover.
 */
final class AccountSimulator {

    /** Annual rates applied to daily balances. The real interest rows come to about 4.8 % a year. */
    private static final double INTEREST_RATE = 0.048;
    private static final double SANCTION_RATE = 0.08;
    private static final int DAYS_PER_YEAR = 365;
    /**
     * Standing orders that would take the balance below minus this are refused. Healthy accounts never come near
     * it (the real sample's lowest balance is -5,446 CZK); it bounds how deep a defaulted account sinks.
     */
    private static final long ORDER_OVERDRAFT_LIMIT_CENTS = 2_000_000;
    /** No real cash deposit reaches 50,000 CZK. */
    private static final long LARGEST_DEPOSIT_CENTS = 4_999_900;
    private static final long HUNDRED_CROWNS = 10_000;
    /** About the largest real cash withdrawal (76,500 CZK in the sample). */
    private static final long LARGEST_CASH_WITHDRAWAL_CENTS = 8_000_000;
    private static final long CROWN = 100;
    /** Real undocumented-type withdrawals all lie between 2,002 and 24,971 CZK. */
    private static final long UNDOCUMENTED_LOWEST_CENTS = 200_000;
    private static final long UNDOCUMENTED_HIGHEST_CENTS = 2_500_000;
    /** The smallest one-off transfer out in the real sample. */
    private static final int SMALLEST_TRANSFER_CROWNS = 67;
    private static final double ROUND_DEPOSIT_SHARE = 0.3;
    /** Share of cash withdrawals written with bank "" and account "0" rather than two empty fields. */
    private static final double ZERO_ACCOUNT_CASH_SHARE = 0.05;
    /** How much of the gap between balance and target a healthy owner closes in a month. */
    private static final double REVERSION = 0.3;
    /** Share of the savings a defaulting borrower draws out each month on top of the income. */
    private static final double DEFAULTING_DRAWDOWN = 0.6;
    /** A planned withdrawal of whatever the account holds when it happens. */
    private static final long EVERYTHING = Long.MAX_VALUE;
    /** Below this, a defaulting borrower takes out all that is left. */
    private static final long DEFAULTING_CLEAR_OUT_CENTS = 500_000;

    private final AccountPlan plan;
    private final Behaviour behaviour;
    private final Earnings earnings;
    private final Rng rng;
    private long balance;
    private int cursorDay;
    private long positiveCentDays;
    private long negativeCentDays;
    private long pendingDebitCents;
    private long nextMonthDebitCents;

    AccountSimulator(AccountPlan plan, Rng rng) {
        this.plan = plan;
        this.behaviour = plan.behaviour();
        this.earnings = behaviour.earnings();
        this.rng = rng;
        this.balance = plan.openingBalanceCents();
    }

    void simulateMonth(YearMonth month, LocalDate lastDataDay, MonthEvents events, DayBuckets out) {
        LocalDate monthStart = month.atDay(1);
        LocalDate monthEnd = month.atEndOfMonth();
        if (plan.activeFrom().isAfter(monthEnd) || monthStart.isAfter(lastDataDay)) {
            return;
        }
        int firstDay = plan.activeFrom().isAfter(monthStart) ? plan.activeFrom().getDayOfMonth() : 1;
        int lastDay = lastDataDay.isBefore(monthEnd) ? lastDataDay.getDayOfMonth() : month.lengthOfMonth();
        double activeShare = (lastDay - firstDay + 1) / (double) month.lengthOfMonth();
        boolean defaulting = plan.distress() != null && plan.distress().defaulting()
                && plan.distress().activeOn(monthStart);

        events.clear();
        planOpeningDeposit(month, events);
        planIncome(month, firstDay, lastDay, activeShare, events);
        long fixedDebits = planFixedDebits(month, firstDay, lastDay, events);
        if (!plan.isDistressedOn(monthStart)) {
            planTopUp(firstDay, events);
        }
        planSpending(month, firstDay, lastDay, activeShare, fixedDebits, defaulting, events);

        cursorDay = firstDay;
        positiveCentDays = 0;
        negativeCentDays = 0;
        for (int index : events.inDayOrder()) {
            advanceTo(events.day(index));
            execute(events, index, defaulting, out);
        }
        if (lastDay == month.lengthOfMonth()) {
            closeMonth(month, out);
        }
    }

    private void planOpeningDeposit(YearMonth month, MonthEvents events) {
        if (plan.opensWithDeposit() && YearMonth.from(plan.opened()).equals(month)) {
            events.add(plan.opened().getDayOfMonth(), BookingKind.CASH_DEPOSIT, rng.between(2, 11) * HUNDRED_CROWNS,
                    Partner.NONE_FIELDS);
        }
    }

    private void planIncome(YearMonth month, int firstDay, int lastDay, double activeShare, MonthEvents events) {
        planRegularIncome(earnings.salary(), BookingKind.SALARY, month, firstDay, lastDay, events);
        planRegularIncome(earnings.pension(), BookingKind.PENSION, month, firstDay, lastDay, events);
        if (earnings.cashIncomeCents() <= 0) {
            return;
        }
        double perMonth = earnings.depositsPerMonth();
        int count;
        double total;
        if (perMonth < 1) {
            // Occasional depositors: fewer, larger deposits with the same monthly mean.
            count = rng.chance(perMonth * activeShare) ? 1 : 0;
            total = earnings.cashIncomeCents() / perMonth * rng.between(0.8, 1.2);
        } else {
            count = (int) perMonth + (rng.chance(perMonth - (int) perMonth) ? 1 : 0);
            total = earnings.cashIncomeCents() * activeShare * rng.between(0.8, 1.2);
            // Enough deposits that few hit the ceiling.
            count = Math.max(count, (int) Math.ceil(total / (LARGEST_DEPOSIT_CENTS * 0.6)));
        }
        double[] shares = shares(count);
        for (int i = 0; i < count; i++) {
            int day = rng.between(firstDay, lastDay);
            double amount = total * shares[i] * plan.incomeFactorOn(month.atDay(day));
            long cents = rng.chance(ROUND_DEPOSIT_SHARE) ? roundDown(amount, HUNDRED_CROWNS) : roundDown(amount, CROWN);
            cents = Math.min(cents, LARGEST_DEPOSIT_CENTS);
            if (cents >= HUNDRED_CROWNS) {
                events.add(day, BookingKind.CASH_DEPOSIT, cents, Partner.NONE_FIELDS);
            }
        }
    }

    private void planRegularIncome(RegularIncome income, BookingKind kind, YearMonth month, int firstDay,
            int lastDay, MonthEvents events) {
        if (income == null || income.day() < firstDay || income.day() > lastDay) {
            return;
        }
        long cents = roundDown(income.amountIn(month) * plan.incomeFactorOn(month.atDay(income.day())), CROWN);
        if (cents > 0) {
            events.add(income.day(), kind, cents, income.payer().fields());
        }
    }

    private long planFixedDebits(YearMonth month, int firstDay, int lastDay, MonthEvents events) {
        long fixed = 0;
        nextMonthDebitCents = behaviour.householdCashCents();
        for (StandingOrder order : plan.orders()) {
            if (order.isDueIn(month) && order.day() >= firstDay && order.day() <= lastDay) {
                events.addOrder(order.day(), order);
                fixed += order.amountCents();
            }
            if (order.isDueIn(month.plusMonths(1))) {
                nextMonthDebitCents += order.amountCents();
            }
        }
        int householdDay = behaviour.householdDay();
        if (behaviour.householdCashCents() > 0 && householdDay >= firstDay && householdDay <= lastDay) {
            events.add(householdDay, BookingKind.CASH_HOUSEHOLD_PAYMENT, behaviour.householdCashCents(),
                    Partner.CASH_FIELDS);
            fixed += behaviour.householdCashCents();
        }
        if (!month.isBefore(plan.feesFrom())) {
            fixed += plan.frequency().monthlyFeeCents();
        }
        // The fee falls due last, at month end, so it stays pending all month.
        pendingDebitCents = fixed;
        if (!month.plusMonths(1).isBefore(plan.feesFrom())) {
            nextMonthDebitCents += plan.frequency().monthlyFeeCents();
        }
        return fixed;
    }

    /**
     * A careful owner never lets an order bounce: if the balance does not cover this month's orders (a new order,
     * or a real account taken over nearly empty), they pay the difference in at the start of the month.
     */
    private void planTopUp(int firstDay, MonthEvents events) {
        long shortfall = pendingDebitCents - balance;
        if (shortfall > 0) {
            long hundreds = (shortfall + HUNDRED_CROWNS - 1) / HUNDRED_CROWNS;
            events.add(firstDay, BookingKind.CASH_DEPOSIT, hundreds * HUNDRED_CROWNS, Partner.NONE_FIELDS);
        }
    }

    private void planSpending(YearMonth month, int firstDay, int lastDay, double activeShare, long fixedDebits,
            boolean defaulting, MonthEvents events) {
        long expectedSideSpending = planCardWithdrawals(month, firstDay, lastDay, events)
                + planTransfersOut(firstDay, lastDay, activeShare, events);

        long habitualIncome = Math.round(earnings.monthlyCents(month) * activeShare);
        long disposable = Math.max(0, habitualIncome - fixedDebits - expectedSideSpending);
        double budget;
        if (defaulting) {
            planHandToMouthWithdrawals(events);
            budget = balance < DEFAULTING_CLEAR_OUT_CENTS ? balance : balance * DEFAULTING_DRAWDOWN;
        } else if (plan.isDistressedOn(month.atDay(1))) {
            budget = disposable * rng.between(0.6, 0.8);
        } else {
            budget = disposable * rng.between(0.85, 1.1) + REVERSION * (balance - behaviour.targetBalanceCents());
        }
        if (budget <= 0) {
            return;
        }
        // Large budgets need several withdrawals: no single one exceeds the largest real cash withdrawal.
        int count = Math.max(rng.poisson(behaviour.withdrawalsPerMonth() * activeShare),
                (int) Math.ceil(budget / LARGEST_CASH_WITHDRAWAL_CENTS) - (defaulting ? 0 : 1));
        if (count == 0) {
            return;
        }
        double[] shares = shares(count);
        for (int i = 0; i < count; i++) {
            long planned = Math.round(budget * shares[i]);
            boolean undocumented = planned >= UNDOCUMENTED_LOWEST_CENTS && planned <= UNDOCUMENTED_HIGHEST_CENTS
                    && rng.chance(behaviour.undocumentedWithdrawalShare());
            BookingKind kind = undocumented ? BookingKind.UNDOCUMENTED_TYPE_WITHDRAWAL : BookingKind.CASH_WITHDRAWAL;
            String partner = !undocumented && rng.chance(ZERO_ACCOUNT_CASH_SHARE)
                    ? Partner.CASH_FIELDS
                    : Partner.NONE_FIELDS;
            events.add(rng.between(firstDay, lastDay), kind, planned, partner);
        }
    }

    /**
     * A defaulting borrower empties the account in cash the day income arrives, so nothing is left for the bank;
     * the statement fee then takes the balance below zero.
     */
    private void planHandToMouthWithdrawals(MonthEvents events) {
        int planned = events.size();
        for (int i = 0; i < planned; i++) {
            BookingKind kind = events.kind(i);
            if (kind == BookingKind.SALARY || kind == BookingKind.PENSION || kind == BookingKind.CASH_DEPOSIT) {
                events.add(events.day(i), BookingKind.CASH_WITHDRAWAL, EVERYTHING, Partner.NONE_FIELDS);
            }
        }
    }

    /** Plans this month's card withdrawals; returns what they are expected to cost, for the cash budget. */
    private long planCardWithdrawals(YearMonth month, int firstDay, int lastDay, MonthEvents events) {
        Card card = plan.card();
        if (card == null || card.issued().isAfter(month.atDay(lastDay))) {
            return 0;
        }
        int from = YearMonth.from(card.issued()).equals(month) ? Math.max(firstDay, card.issued().getDayOfMonth())
                : firstDay;
        double share = (lastDay - from + 1) / (double) month.lengthOfMonth();
        int largestHundreds = card.type().largestWithdrawalCrowns() / 100;
        int count = rng.poisson(behaviour.cardWithdrawalsPerMonth() * share);
        for (int i = 0; i < count; i++) {
            events.add(rng.between(from, lastDay), BookingKind.CARD_WITHDRAWAL,
                    rng.between(1, largestHundreds) * HUNDRED_CROWNS, Partner.CASH_FIELDS);
        }
        return Math.round(behaviour.cardWithdrawalsPerMonth() * share * (largestHundreds + 1) / 2.0 * HUNDRED_CROWNS);
    }

    private long planTransfersOut(int firstDay, int lastDay, double activeShare, MonthEvents events) {
        if (behaviour.transferPayee() == null) {
            return 0;
        }
        int largest = behaviour.largestTransferCrowns();
        int count = rng.poisson(behaviour.transfersOutPerMonth() * activeShare);
        for (int i = 0; i < count; i++) {
            events.add(rng.between(firstDay, lastDay), BookingKind.TRANSFER_OUT,
                    rng.between(SMALLEST_TRANSFER_CROWNS, largest) * CROWN, behaviour.transferPayee().fields());
        }
        return Math.round(behaviour.transfersOutPerMonth() * activeShare * (SMALLEST_TRANSFER_CROWNS + largest) / 2.0
                * CROWN);
    }

    private void execute(MonthEvents events, int index, boolean defaulting, DayBuckets out) {
        int day = events.day(index);
        BookingKind kind = events.kind(index);
        long amount = events.amount(index);
        String partner = events.partner(index);
        switch (kind) {
            case CASH_DEPOSIT, SALARY, PENSION -> book(day, kind, amount, kind.defaultKSymbolField(), partner, out);
            case STANDING_ORDER -> {
                pendingDebitCents -= amount;
                // Orders to others are executed into overdraft, up to a limit; the bank collects its own instalment
                // only when the balance covers it.
                long floor = events.order(index).loanInstalment() ? 0 : -ORDER_OVERDRAFT_LIMIT_CENTS;
                if (balance - amount >= floor) {
                    book(day, kind, -amount, events.order(index).purpose().transactionField(), partner, out);
                }
            }
            case CASH_HOUSEHOLD_PAYMENT -> {
                pendingDebitCents -= amount;
                if (amount <= balance) {
                    book(day, kind, -amount, kind.defaultKSymbolField(), partner, out);
                }
            }
            case CARD_WITHDRAWAL, TRANSFER_OUT -> {
                if (amount <= spendable(defaulting)) {
                    book(day, kind, -amount, kind.defaultKSymbolField(), partner, out);
                }
            }
            case CASH_WITHDRAWAL, UNDOCUMENTED_TYPE_WITHDRAWAL -> {
                long available = spendable(defaulting);
                double wanted = Math.min(Math.min(amount, available), LARGEST_CASH_WITHDRAWAL_CENTS);
                BookingKind booked = kind == BookingKind.UNDOCUMENTED_TYPE_WITHDRAWAL
                        && wanted < UNDOCUMENTED_LOWEST_CENTS ? BookingKind.CASH_WITHDRAWAL : kind;
                // A defaulting owner takes the last crown; others mostly draw whole hundreds.
                long cents = booked == BookingKind.CASH_WITHDRAWAL && !defaulting
                        && rng.chance(behaviour.roundWithdrawalShare())
                        ? roundDown(wanted, HUNDRED_CROWNS)
                        : roundDown(wanted, CROWN);
                if (cents >= HUNDRED_CROWNS) {
                    book(day, booked, -cents, booked.defaultKSymbolField(), partner, out);
                }
            }
            default -> throw new IllegalStateException("not a planned event: " + kind);
        }
    }

    /**
     * What the owner can spend now. A careful owner leaves enough for the orders still due this month and for next
     * month's, which may fall due before next month's income arrives; a defaulting one takes whatever is there.
     */
    private long spendable(boolean defaulting) {
        return defaulting ? balance : balance - pendingDebitCents - nextMonthDebitCents;
    }

    private void closeMonth(YearMonth month, DayBuckets out) {
        int lastDay = month.lengthOfMonth();
        advanceTo(lastDay + 1);
        if (!month.isBefore(plan.feesFrom())) {
            book(lastDay, BookingKind.STATEMENT_FEE, -plan.frequency().monthlyFeeCents(),
                    BookingKind.STATEMENT_FEE.defaultKSymbolField(), Partner.NONE_FIELDS, out);
        }
        if (negativeCentDays < 0) {
            long sanction = Math.max(10, roundToTenCents(-negativeCentDays * SANCTION_RATE / DAYS_PER_YEAR));
            book(lastDay, BookingKind.SANCTION_INTEREST, -sanction,
                    BookingKind.SANCTION_INTEREST.defaultKSymbolField(), Partner.NONE_FIELDS, out);
        }
        long interest = roundToTenCents(positiveCentDays * INTEREST_RATE / DAYS_PER_YEAR);
        if (interest > 0) {
            book(lastDay, BookingKind.INTEREST, interest, BookingKind.INTEREST.defaultKSymbolField(),
                    Partner.NONE_FIELDS, out);
        }
    }

    /** Accumulates end-of-day balances of the days before {@code day}, for interest and sanction interest. */
    private void advanceTo(int day) {
        if (day <= cursorDay) {
            return;
        }
        long days = day - cursorDay;
        if (balance > 0) {
            positiveCentDays += balance * days;
        } else if (balance < 0) {
            negativeCentDays += balance * days;
        }
        cursorDay = day;
    }

    private void book(int day, BookingKind kind, long signedCents, String kSymbolField, String partner,
            DayBuckets out) {
        balance += signedCents;
        out.add(day, new Booking(plan.accountId(), kind, Math.abs(signedCents), balance, kSymbolField, partner));
    }

    private double[] shares(int count) {
        double[] shares = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            shares[i] = rng.between(0.3, 1.7);
            sum += shares[i];
        }
        for (int i = 0; i < count; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    private static long roundDown(double cents, long unit) {
        return cents <= 0 ? 0 : (long) (cents / unit) * unit;
    }

    /** Interest rows in the real data are whole tenths of a crown. */
    private static long roundToTenCents(double cents) {
        return Math.round(cents / 10.0) * 10;
    }
}
