package dev.bankstream.ingest.generate;

import java.util.Arrays;

/**
 * The events planned for one account in one month, kept in reusable arrays and replayed in day order (ties in
 * planning order, so a day's income lands before that day's spending). One instance serves every account in turn.
 */
final class MonthEvents {

    private int size;
    private int[] days = new int[32];
    private BookingKind[] kinds = new BookingKind[32];
    private long[] amounts = new long[32];
    private StandingOrder[] orders = new StandingOrder[32];
    private String[] partners = new String[32];
    private long[] sortKeys = new long[32];

    void clear() {
        Arrays.fill(orders, 0, size, null);
        Arrays.fill(partners, 0, size, null);
        size = 0;
    }

    void add(int day, BookingKind kind, long amountCents, String partnerFields) {
        addEvent(day, kind, amountCents, null, partnerFields);
    }

    void addOrder(int day, StandingOrder order) {
        addEvent(day, BookingKind.STANDING_ORDER, order.amountCents(), order, order.payee().fields());
    }

    private void addEvent(int day, BookingKind kind, long amountCents, StandingOrder order, String partnerFields) {
        if (size == days.length) {
            int capacity = size * 2;
            days = Arrays.copyOf(days, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            amounts = Arrays.copyOf(amounts, capacity);
            orders = Arrays.copyOf(orders, capacity);
            partners = Arrays.copyOf(partners, capacity);
            sortKeys = Arrays.copyOf(sortKeys, capacity);
        }
        days[size] = day;
        kinds[size] = kind;
        amounts[size] = amountCents;
        orders[size] = order;
        partners[size] = partnerFields;
        size++;
    }

    /** Sorts by day, keeping planning order within a day; returns the event indices in that order. */
    int[] inDayOrder() {
        for (int i = 0; i < size; i++) {
            sortKeys[i] = ((long) days[i] << 32) | i;
        }
        Arrays.sort(sortKeys, 0, size);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) sortKeys[i];
        }
        return order;
    }

    int size() {
        return size;
    }

    int day(int index) {
        return days[index];
    }

    BookingKind kind(int index) {
        return kinds[index];
    }

    long amount(int index) {
        return amounts[index];
    }

    StandingOrder order(int index) {
        return orders[index];
    }

    String partner(int index) {
        return partners[index];
    }
}
