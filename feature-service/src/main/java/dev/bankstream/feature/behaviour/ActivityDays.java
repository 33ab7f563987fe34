package dev.bankstream.feature.behaviour;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An account's days with activity, ascending, with their day numbers and closing balances also kept in primitive
 * arrays. Finding where a window starts is a search in the day numbers ({@link InterpolationSearch}); one over the
 * activities themselves touched a cold object at every step (four thousand accounts' states do not fit in the cache):
 * searching that way was a tenth of the stream thread's time once snapshots stopped walking whole years. Balances are
 * read for every day a window's edge passes, most of them out of the cache too, so they lie next to the day numbers.
 */
final class ActivityDays implements Iterable<DailyActivity> {

    private DailyActivity[] activities;
    private int[] dayNumbers;
    /** Per day, the balance after its last transaction to arrive (source order within a day). */
    private long[] closingBalances;
    private int size;
    /** How many days {@link #dropFirst} took out so far: a {@link #position} outlives them. */
    private int dropped;

    ActivityDays() {
        this(8);
    }

    ActivityDays(int capacity) {
        activities = new DailyActivity[Math.max(capacity, 1)];
        dayNumbers = new int[activities.length];
        closingBalances = new long[activities.length];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    DailyActivity get(int index) {
        return activities[index];
    }

    /** The day of the activity at the index, without touching the activity. */
    int day(int index) {
        return dayNumbers[index];
    }

    /** The closing balance of the day at the index. */
    long closingBalance(int index) {
        return closingBalances[index];
    }

    /** Where the activity at the index stands among all the account's days, however many are dropped later. */
    int position(int index) {
        return dropped + index;
    }

    /** The index of the activity at a position taken before, which must not have been dropped since. */
    int index(int position) {
        int index = position - dropped;
        if (index < 0) {
            throw new IllegalStateException("Position " + position + " was dropped (" + dropped + " days dropped)");
        }
        return index;
    }

    /** Books a transaction on the day at the index. */
    void book(int index, int flowCode, long amount, long balanceAfter) {
        activities[index].book(flowCode, amount);
        closingBalances[index] = balanceAfter;
    }

    /** Index of the first activity after the given day; {@link #size} when there is none. */
    int firstAfter(int day) {
        return InterpolationSearch.firstAfter(dayNumbers, size, day);
    }

    /** Inserts at the index, which must keep the days ascending. */
    void insert(int index, DailyActivity activity, long closingBalance) {
        if (size == activities.length) {
            activities = Arrays.copyOf(activities, size * 2);
            dayNumbers = Arrays.copyOf(dayNumbers, size * 2);
            closingBalances = Arrays.copyOf(closingBalances, size * 2);
        }
        System.arraycopy(activities, index, activities, index + 1, size - index);
        System.arraycopy(dayNumbers, index, dayNumbers, index + 1, size - index);
        System.arraycopy(closingBalances, index, closingBalances, index + 1, size - index);
        activities[index] = activity;
        dayNumbers[index] = activity.day;
        closingBalances[index] = closingBalance;
        size++;
    }

    /** Appends a day later than every other (restoring stored state). */
    void append(DailyActivity activity, long closingBalance) {
        insert(size, activity, closingBalance);
    }

    /** Removes the first {@code count} activities. */
    void dropFirst(int count) {
        System.arraycopy(activities, count, activities, 0, size - count);
        System.arraycopy(dayNumbers, count, dayNumbers, 0, size - count);
        System.arraycopy(closingBalances, count, closingBalances, 0, size - count);
        Arrays.fill(activities, size - count, size, null);
        size -= count;
        dropped += count;
    }

    @Override
    public Iterator<DailyActivity> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public DailyActivity next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                return activities[next++];
            }
        };
    }
}
