package dev.bankstream.feature.behaviour;

import java.util.Arrays;

/**
 * Count, sum and largest amount per {@link FlowKey} code for one day. A day holds a handful of codes, kept in one
 * array in insertion order, three longs per code (code and count, sum, largest amount): a snapshot reads the days that
 * leave its windows, which are long out of the cache, and one array per day instead of four is fewer misses there.
 * Extended by {@link DailyActivity} for the same reason.
 */
class FlowTotals {

    private static final int LONGS_PER_CODE = 3;

    private long[] entries;
    private int size;

    FlowTotals() {
        this(2);
    }

    /**
     * Room for {@code capacity} codes before the array grows (a restored day knows how many it holds); at least one,
     * since growing doubles the room.
     */
    FlowTotals(int capacity) {
        entries = new long[Math.max(capacity, 1) * LONGS_PER_CODE];
    }

    void add(int code, long cents) {
        int i = indexOf(code);
        if (i < 0) {
            i = append(code, 0, 0, 0);
        }
        int at = i * LONGS_PER_CODE;
        entries[at]++;
        entries[at + 1] += cents;
        entries[at + 2] = Math.max(entries[at + 2], cents);
    }

    /** Restores one entry as stored. */
    void restore(int code, int count, long sum, long max) {
        append(code, count, sum, max);
    }

    int size() {
        return size;
    }

    int code(int i) {
        return (int) (entries[i * LONGS_PER_CODE] >>> 32);
    }

    int count(int i) {
        return (int) entries[i * LONGS_PER_CODE];
    }

    long sum(int i) {
        return entries[i * LONGS_PER_CODE + 1];
    }

    long max(int i) {
        return entries[i * LONGS_PER_CODE + 2];
    }

    boolean hasIncome() {
        for (int i = 0; i < size; i++) {
            if (FlowKey.isIncome(code(i))) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(int code) {
        for (int i = 0; i < size; i++) {
            if (code(i) == code) {
                return i;
            }
        }
        return -1;
    }

    /** Code in the high half of the first long, count (never negative) in the low half. */
    private int append(int code, int count, long sum, long max) {
        int at = size * LONGS_PER_CODE;
        if (at == entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
        entries[at] = ((long) code << 32) | count;
        entries[at + 1] = sum;
        entries[at + 2] = max;
        return size++;
    }
}
