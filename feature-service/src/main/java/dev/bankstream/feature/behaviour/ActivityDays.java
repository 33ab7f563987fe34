package dev.bankstream.feature.behaviour;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An account's days with activity, ascending, with their day numbers also kept in one primitive array. Finding where
 * a window starts is a search in that array ({@link InterpolationSearch}); one over the activities themselves touched
 * a cold object at every step (four thousand accounts' states do not fit in the cache): searching that way was a tenth
 * of the stream thread's time once snapshots stopped walking whole years.
 */
final class ActivityDays implements Iterable<DailyActivity> {

    private DailyActivity[] activities;
    private int[] dayNumbers;
    private int size;

    ActivityDays() {
        this(8);
    }

    ActivityDays(int capacity) {
        activities = new DailyActivity[Math.max(capacity, 1)];
        dayNumbers = new int[activities.length];
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

    /** Index of the first activity after the given day; {@link #size} when there is none. */
    int firstAfter(int day) {
        return InterpolationSearch.firstAfter(dayNumbers, size, day);
    }

    /** Inserts at the index, which must keep the days ascending. */
    void insert(int index, DailyActivity activity) {
        if (size == activities.length) {
            activities = Arrays.copyOf(activities, size * 2);
            dayNumbers = Arrays.copyOf(dayNumbers, size * 2);
        }
        System.arraycopy(activities, index, activities, index + 1, size - index);
        System.arraycopy(dayNumbers, index, dayNumbers, index + 1, size - index);
        activities[index] = activity;
        dayNumbers[index] = activity.day;
        size++;
    }

    /** Appends a day later than every other (restoring stored state). */
    void append(DailyActivity activity) {
        insert(size, activity);
    }

    /** Removes the first {@code count} activities. */
    void dropFirst(int count) {
        System.arraycopy(activities, count, activities, 0, size - count);
        System.arraycopy(dayNumbers, count, dayNumbers, 0, size - count);
        Arrays.fill(activities, size - count, size, null);
        size -= count;
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
