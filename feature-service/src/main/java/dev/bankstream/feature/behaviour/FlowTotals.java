package dev.bankstream.feature.behaviour;

import java.util.Arrays;

/**
 * Count, sum and largest amount per {@link FlowKey} code for one day. A day holds a handful of codes, so parallel
 * arrays in insertion order are both the smallest and the fastest representation.
 */
final class FlowTotals {

    private byte[] codes;
    private int[] counts;
    private long[] sums;
    private long[] maxes;
    private int size;

    FlowTotals() {
        this(2);
    }

    /**
     * Room for {@code capacity} codes before the arrays grow (a restored day knows how many it holds); at least one,
     * since growing doubles the room.
     */
    FlowTotals(int capacity) {
        int room = Math.max(capacity, 1);
        codes = new byte[room];
        counts = new int[room];
        sums = new long[room];
        maxes = new long[room];
    }

    void add(int code, long cents) {
        int i = indexOf(code);
        if (i < 0) {
            i = append(code, 0, 0, 0);
        }
        counts[i]++;
        sums[i] += cents;
        maxes[i] = Math.max(maxes[i], cents);
    }

    /** Restores one entry as stored. */
    void restore(int code, int count, long sum, long max) {
        append(code, count, sum, max);
    }

    int size() {
        return size;
    }

    int code(int i) {
        return codes[i];
    }

    int count(int i) {
        return counts[i];
    }

    long sum(int i) {
        return sums[i];
    }

    long max(int i) {
        return maxes[i];
    }

    boolean hasIncome() {
        for (int i = 0; i < size; i++) {
            if (FlowKey.isIncome(codes[i])) {
                return true;
            }
        }
        return false;
    }

    private int indexOf(int code) {
        for (int i = 0; i < size; i++) {
            if (codes[i] == code) {
                return i;
            }
        }
        return -1;
    }

    private int append(int code, int count, long sum, long max) {
        if (size == codes.length) {
            int capacity = size * 2;
            codes = Arrays.copyOf(codes, capacity);
            counts = Arrays.copyOf(counts, capacity);
            sums = Arrays.copyOf(sums, capacity);
            maxes = Arrays.copyOf(maxes, capacity);
        }
        codes[size] = (byte) code;
        counts[size] = count;
        sums[size] = sum;
        maxes[size] = max;
        return size++;
    }
}
