package dev.bankstream.feature.behaviour;

import java.util.Arrays;

/**
 * An account's days with transactions, ascending: each day's number, closing balance, number of transactions and
 * flows (count, sum and largest amount per {@link FlowKey} code), all in primitive arrays side by side.
 *
 * <p>A snapshot reads the days that leave its windows, long out of the CPU's caches, and looking for a window's
 * largest amount again walks all of the window's days. With an object per day and another for its flows, each of
 * those reads was a chain of cache misses (a fifth of the stream thread went into the walks and the searches for a
 * window's first day); here a walk goes along arrays the CPU prefetches, and finding where a window starts is a
 * search in the day numbers alone ({@link InterpolationSearch}).
 *
 * <p>Days are indexed from 0, the oldest kept. Dropping the oldest days moves an offset; the arrays are compacted
 * when they fill up.
 */
final class ActivityDays {

    private static final int LONGS_PER_ENTRY = 3;
    /** Days at the end of the array that {@link #firstAfter} looks through first: two cache lines of day numbers. */
    private static final int RECENT_DAYS = 16;

    /** Where day 0 is in the day arrays. */
    private int first;
    /** Days dropped since this object was made: {@link #position}s stay valid across drops. */
    private long dropped;
    private int size;
    private int[] dayNumbers;
    private long[] closingBalances;
    private int[] transactions;
    /**
     * Where each day's flow entries begin in {@link #entries} (in entries, not longs); a day's entries end where the
     * next day's begin, the last day's at {@link #entryEnd}.
     */
    private int[] entryStarts;
    /** Flow entries of the days in day order, three longs each: code (high half) and count (low half), sum, largest amount. */
    private long[] entries;
    private int entryEnd;

    ActivityDays() {
        this(8);
    }

    ActivityDays(int dayCapacity) {
        int capacity = Math.max(dayCapacity, 1);
        dayNumbers = new int[capacity];
        closingBalances = new long[capacity];
        transactions = new int[capacity];
        entryStarts = new int[capacity];
        entries = new long[2 * capacity * LONGS_PER_ENTRY];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int day(int index) {
        return dayNumbers[first + index];
    }

    /** Balance after the last transaction of the day to arrive (source order within a day). */
    long closingBalance(int index) {
        return closingBalances[first + index];
    }

    int transactions(int index) {
        return transactions[first + index];
    }

    /**
     * Index of the first activity after the given day; {@link #size} when there is none. Most searches are for days
     * of the last week or two (what a snapshot adds, the days being settled), so the last few days, which were just
     * written, are looked at first; the rest of the array only when the day is older.
     */
    int firstAfter(int day) {
        int end = first + size;
        int recent = Math.max(first, end - RECENT_DAYS);
        if (recent < end && day >= dayNumbers[recent]) {
            int after = recent + 1;
            while (after < end && dayNumbers[after] <= day) {
                after++;
            }
            return after - first;
        }
        return InterpolationSearch.firstAfter(dayNumbers, first, recent, day) - first;
    }

    /**
     * A lasting name for the day at the index, for {@link RollingWindows}' cursors: it survives dropping older days,
     * and a day inserted before it (only ever later than every day a cursor has passed) takes it over.
     */
    long position(int index) {
        return dropped + index;
    }

    /** The index a {@link #position} now has. */
    int index(long position) {
        return (int) (position - dropped);
    }

    /** The day's first flow entry, for {@link #code}, {@link #count}, {@link #sum} and {@link #max}. */
    int entryStart(int index) {
        return entryStarts[first + index];
    }

    /** Just after the day's last flow entry. */
    int entryEnd(int index) {
        return index + 1 < size ? entryStarts[first + index + 1] : entryEnd;
    }

    int code(int entry) {
        return (int) (entries[entry * LONGS_PER_ENTRY] >>> 32);
    }

    int count(int entry) {
        return (int) entries[entry * LONGS_PER_ENTRY];
    }

    long sum(int entry) {
        return entries[entry * LONGS_PER_ENTRY + 1];
    }

    long max(int entry) {
        return entries[entry * LONGS_PER_ENTRY + 2];
    }

    boolean hasIncome(int index) {
        for (int entry = entryStart(index); entry < entryEnd(index); entry++) {
            if (FlowKey.isIncome(code(entry))) {
                return true;
            }
        }
        return false;
    }

    /** Books a transaction: its flow under its code on its day, whose closing balance it becomes. */
    void add(int day, int code, long amount, long balanceAfter) {
        int index = size - 1;
        while (index >= 0 && day(index) > day) {
            index--;
        }
        if (index < 0 || day(index) != day) {
            index++;
            insertDay(index, day);
        }
        int entry = entryOf(index, code);
        if (entry < 0) {
            entry = insertEntry(index, code);
        }
        int at = entry * LONGS_PER_ENTRY;
        entries[at]++;
        entries[at + 1] += amount;
        entries[at + 2] = Math.max(entries[at + 2], amount);
        transactions[first + index]++;
        closingBalances[first + index] = balanceAfter;
    }

    /** Appends a day as stored, later than every other; its flows follow with {@link #restoreEntry}. */
    void restoreDay(int day, long closingBalance, int transactionCount) {
        insertDay(size, day);
        closingBalances[first + size - 1] = closingBalance;
        transactions[first + size - 1] = transactionCount;
    }

    /** Appends a flow entry as stored to the last day. */
    void restoreEntry(int code, int count, long sum, long max) {
        int entry = insertEntry(size - 1, code);
        int at = entry * LONGS_PER_ENTRY;
        entries[at] |= count;
        entries[at + 1] = sum;
        entries[at + 2] = max;
    }

    /** Removes the oldest {@code count} days. */
    void dropFirst(int count) {
        first += count;
        size -= count;
        dropped += count;
        if (size == 0) {
            first = 0;
            entryEnd = 0;
        }
    }

    private int entryOf(int index, int code) {
        for (int entry = entryStart(index); entry < entryEnd(index); entry++) {
            if (code(entry) == code) {
                return entry;
            }
        }
        return -1;
    }

    /** A day without transactions yet at the index, which must keep the days ascending. */
    private void insertDay(int index, int day) {
        if (first + size == dayNumbers.length) {
            compact();
            if (size == dayNumbers.length) {
                growDays();
            }
        }
        int at = first + index;
        int moved = size - index;
        System.arraycopy(dayNumbers, at, dayNumbers, at + 1, moved);
        System.arraycopy(closingBalances, at, closingBalances, at + 1, moved);
        System.arraycopy(transactions, at, transactions, at + 1, moved);
        System.arraycopy(entryStarts, at, entryStarts, at + 1, moved);
        dayNumbers[at] = day;
        closingBalances[at] = 0;
        transactions[at] = 0;
        // Its entries begin where the next day's do, or at the end.
        entryStarts[at] = index < size ? entryStarts[at + 1] : entryEnd;
        size++;
    }

    /** An empty entry for the code at the end of the day's entries; returns it. */
    private int insertEntry(int index, int code) {
        if ((entryEnd + 1) * LONGS_PER_ENTRY > entries.length) {
            compact();
            if ((entryEnd + 1) * LONGS_PER_ENTRY > entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
        }
        int entry = entryEnd(index);
        System.arraycopy(entries, entry * LONGS_PER_ENTRY, entries, (entry + 1) * LONGS_PER_ENTRY,
                (entryEnd - entry) * LONGS_PER_ENTRY);
        entries[entry * LONGS_PER_ENTRY] = (long) code << 32;
        entries[entry * LONGS_PER_ENTRY + 1] = 0;
        entries[entry * LONGS_PER_ENTRY + 2] = 0;
        for (int later = first + index + 1; later < first + size; later++) {
            entryStarts[later]++;
        }
        entryEnd++;
        return entry;
    }

    /** Moves the kept days and their entries to the start of the arrays. */
    private void compact() {
        int firstEntry = size == 0 ? entryEnd : entryStarts[first];
        System.arraycopy(dayNumbers, first, dayNumbers, 0, size);
        System.arraycopy(closingBalances, first, closingBalances, 0, size);
        System.arraycopy(transactions, first, transactions, 0, size);
        System.arraycopy(entryStarts, first, entryStarts, 0, size);
        for (int i = 0; i < size; i++) {
            entryStarts[i] -= firstEntry;
        }
        System.arraycopy(entries, firstEntry * LONGS_PER_ENTRY, entries, 0, (entryEnd - firstEntry) * LONGS_PER_ENTRY);
        entryEnd -= firstEntry;
        first = 0;
    }

    private void growDays() {
        int capacity = dayNumbers.length * 2;
        dayNumbers = Arrays.copyOf(dayNumbers, capacity);
        closingBalances = Arrays.copyOf(closingBalances, capacity);
        transactions = Arrays.copyOf(transactions, capacity);
        entryStarts = Arrays.copyOf(entryStarts, capacity);
    }
}
