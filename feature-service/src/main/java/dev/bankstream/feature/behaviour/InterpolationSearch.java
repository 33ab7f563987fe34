package dev.bankstream.feature.behaviour;

/**
 * Searches in an account's sorted arrays (day numbers, balances) that guess where the key lies from the values at the
 * ends of the range, instead of halving it. The arrays of the account a snapshot is for are rarely in the CPU's caches,
 * and every probe of a binary search over a year of days or balances was a cache miss: with days roughly evenly
 * spread, a guess lands within a line or two of the key. Guesses alternate with halvings, so a skewed array costs at
 * most twice a binary search.
 */
final class InterpolationSearch {

    private InterpolationSearch() {
    }

    /**
     * Index of the first of {@code values[from..to)} (ascending) greater than {@code key}; {@code to} when none is.
     */
    static int firstAfter(int[] values, int from, int to, int key) {
        if (from == to || key < values[from]) {
            return from;
        }
        if (key >= values[to - 1]) {
            return to;
        }
        // values[low] <= key < values[high]
        int low = from;
        int high = to - 1;
        boolean guess = true;
        while (high - low > 1) {
            int probe = guess ? guessed(low, high, (double) (key - values[low]) / ((long) values[high] - values[low]))
                    : (low + high) >>> 1;
            if (values[probe] <= key) {
                low = probe;
            } else {
                high = probe;
            }
            guess = !guess;
        }
        return high;
    }

    /**
     * As {@link java.util.Arrays#binarySearch(long[], int, int, long)} over {@code values[0..size)} (ascending, distinct):
     * the key's index, or {@code -(insertion point) - 1}.
     */
    static int indexOf(long[] values, int size, long key) {
        if (size == 0 || key < values[0]) {
            return -1;
        }
        if (key > values[size - 1]) {
            return -size - 1;
        }
        // values[low] <= key <= values[high]
        int low = 0;
        int high = size - 1;
        boolean guess = true;
        while (high - low > 1) {
            int probe = guess ? guessed(low, high, ((double) key - values[low]) / ((double) values[high] - values[low]))
                    : (low + high) >>> 1;
            if (values[probe] <= key) {
                low = probe;
            } else {
                high = probe;
            }
            guess = !guess;
        }
        if (values[low] == key) {
            return low;
        }
        return values[high] == key ? high : -high - 1;
    }

    /** A probe strictly inside (low, high), at {@code share} of the way. */
    private static int guessed(int low, int high, double share) {
        int probe = low + (int) (share * (high - low));
        return Math.max(low + 1, Math.min(high - 1, probe));
    }
}
