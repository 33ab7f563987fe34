package dev.bankstream.feature.behaviour;

/**
 * The largest amount of one flow code over any window that ends on the latest day added, without walking the
 * window's days (a monotonic queue). It keeps only the days whose amount is larger than that of every later day, in
 * day order, so their amounts descend: a day with an amount at least as large makes every earlier day with a smaller
 * or equal one useless to any window that holds both. The largest amount of a window is that of the first day kept
 * inside it. An account's history keeps a handful of such days per code.
 */
final class SlidingMaximum {

    private int[] days = new int[4];
    private long[] amounts = new long[4];
    private int first;
    private int end;

    /** Adds a day later than every day added before. */
    void add(int day, long amount) {
        while (end > first && amounts[end - 1] <= amount) {
            end--;
        }
        if (end == days.length) {
            makeRoom();
        }
        days[end] = day;
        amounts[end] = amount;
        end++;
    }

    /** Forgets the days before {@code firstDay}: no window reaches back to them any more. */
    void dropBefore(int firstDay) {
        while (first < end && days[first] < firstDay) {
            first++;
        }
    }

    /** The largest amount on the days from {@code firstDay} on; zero when no day since has one. */
    long largestFrom(int firstDay) {
        for (int i = first; i < end; i++) {
            if (days[i] >= firstDay) {
                return amounts[i];
            }
        }
        return 0;
    }

    void clear() {
        first = 0;
        end = 0;
    }

    /** Moves the days kept to the front, into arrays twice as long when they fill more than half. */
    private void makeRoom() {
        int size = end - first;
        int length = size * 2 > days.length ? days.length * 2 : days.length;
        int[] movedDays = length == days.length ? days : new int[length];
        long[] movedAmounts = length == amounts.length ? amounts : new long[length];
        System.arraycopy(days, first, movedDays, 0, size);
        System.arraycopy(amounts, first, movedAmounts, 0, size);
        days = movedDays;
        amounts = movedAmounts;
        first = 0;
        end = size;
    }
}
