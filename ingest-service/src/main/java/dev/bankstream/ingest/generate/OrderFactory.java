package dev.bankstream.ingest.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Standing orders for a fresh account. Counts, purposes and amounts follow order.asc: most accounts have one or
 * two orders; household (SIPO) orders dominate; amounts are log-normal around the real medians (SIPO 3,190,
 * insurance 629, leasing 1,951, unspecified 1,339 CZK). An owner's orders never take more than half the income.
 */
final class OrderFactory {

    private static final int[] COUNT_WEIGHTS = {900, 2_200, 900, 360, 150, 40};
    private static final OrderPurpose[] PURPOSES = {OrderPurpose.HOUSEHOLD, OrderPurpose.UNSPECIFIED,
        OrderPurpose.INSURANCE, OrderPurpose.LEASING, OrderPurpose.LOAN};
    /** A few accounts pay a loan held at another bank: a UVER order without a loan here. */
    private static final int[] PURPOSE_WEIGHTS = {3_502, 1_379, 532, 341, 35};
    private static final int[] WITHOUT_EXTERNAL_LOAN_WEIGHTS = {3_502, 1_379, 532, 341, 0};
    private static final double LARGEST_SHARE_OF_INCOME = 0.5;
    private static final int FIRST_PAYMENT_DAY = 5;
    private static final int LAST_PAYMENT_DAY = 14;
    /** Months after opening before statement fees and orders start (1..6), from the real first SLUZBY rows. */
    private static final int[] SERVICE_START_WEIGHTS = {27, 56, 39, 374, 724, 19};

    /**
     * @param serviceStart first month the bank runs orders for this account
     * @param lastMonth    last month of the data (leasing contracts start at a random month before it)
     * @param loanHere     whether the account has a loan at this bank
     */
    static List<StandingOrder> standingOrders(Rng rng, IdSequence orderIds, int accountId, long monthlyIncomeCents,
            YearMonth serviceStart, YearMonth lastMonth, boolean loanHere) {
        // As in the real tables, an account with a loan here has no second UVER order.
        int[] purposeWeights = loanHere ? WITHOUT_EXTERNAL_LOAN_WEIGHTS : PURPOSE_WEIGHTS;
        int count = rng.pick(COUNT_WEIGHTS);
        OrderPurpose[] purposes = new OrderPurpose[count];
        long[] amounts = new long[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            purposes[i] = PURPOSES[rng.pick(purposeWeights)];
            amounts[i] = amountCents(rng, purposes[i]);
            total += amounts[i];
        }
        double affordable = Math.min(1.0, LARGEST_SHARE_OF_INCOME * monthlyIncomeCents / Math.max(1, total));
        List<StandingOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long amount = Math.max(1_000, roundTo(amounts[i] * affordable, unitOf(purposes[i])));
            YearMonth first = firstMonth(rng, purposes[i], serviceStart, lastMonth);
            orders.add(new StandingOrder(orderIds.next(), accountId, purposes[i], Partner.random(rng), amount,
                    paymentDay(rng), first, null, false));
        }
        return orders;
    }

    /** The bank runs orders and charges statement fees from a few months after opening. */
    static YearMonth serviceStart(Rng rng, LocalDate opened) {
        return YearMonth.from(opened).plusMonths(1 + rng.pick(SERVICE_START_WEIGHTS));
    }

    static int paymentDay(Rng rng) {
        return rng.between(FIRST_PAYMENT_DAY, LAST_PAYMENT_DAY);
    }

    private static YearMonth firstMonth(Rng rng, OrderPurpose purpose, YearMonth serviceStart, YearMonth lastMonth) {
        if (purpose == OrderPurpose.LEASING) {
            int months = (lastMonth.getYear() - serviceStart.getYear()) * 12 + lastMonth.getMonthValue()
                    - serviceStart.getMonthValue() - 3;
            return serviceStart.plusMonths(rng.between(0, Math.max(0, months)));
        }
        return rng.chance(0.3) ? serviceStart.plusMonths(1) : serviceStart;
    }

    private static long amountCents(Rng rng, OrderPurpose purpose) {
        double crowns = switch (purpose) {
            case HOUSEHOLD -> BehaviourFactory.clamp(rng.logNormal(3_190, 0.8), 200, 14_882);
            case INSURANCE -> BehaviourFactory.clamp(rng.logNormal(629, 1.4), 20, 12_504);
            case LEASING -> BehaviourFactory.clamp(rng.logNormal(1_951, 0.55), 397, 4_975);
            case LOAN -> BehaviourFactory.clamp(rng.logNormal(3_990, 0.6), 304, 9_910);
            case UNSPECIFIED -> BehaviourFactory.clamp(rng.logNormal(1_339, 1.3), 10, 12_925);
        };
        return roundTo(crowns * 100, unitOf(purpose));
    }

    /** Leasing instalments carry tenths of a crown in the real table; other orders are whole crowns. */
    private static long unitOf(OrderPurpose purpose) {
        return purpose == OrderPurpose.LEASING ? 10 : 100;
    }

    private static long roundTo(double cents, long unit) {
        return Math.round(cents / unit) * unit;
    }

    private OrderFactory() {
    }
}
