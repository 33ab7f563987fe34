package dev.bankstream.feature.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.bankstream.feature.behaviour.EventDays;

/**
 * Which accounts have something to emit, ordered by the day it becomes due, so that "everything due by day F" is
 * one walk over the earliest days and quiet accounts cost nothing.
 *
 * <p>It lives in memory only: an account's due day is a function of its state ({@link
 * dev.bankstream.feature.behaviour.AccountState#dueDay()}), so the schedule is rebuilt from the account store when a
 * task starts, and needs no store or changelog of its own (as a RocksDB store, its range scans and tombstones were
 * 14% of the stream thread's time).
 */
final class EmissionSchedule {

    record Entry(int dueDay, long accountId) {
    }

    /** Accounts in id order within a day, so that emission order is the same on every run and after a restart. */
    private final TreeMap<Integer, Set<Long>> accountsByDay = new TreeMap<>();

    /** Moves the account's entry when its due day changed; {@link EventDays#NONE} for none. */
    void reschedule(long accountId, int before, int after) {
        if (before == after) {
            return;
        }
        if (before != EventDays.NONE) {
            Set<Long> accounts = accountsByDay.get(before);
            if (accounts != null && accounts.remove(accountId) && accounts.isEmpty()) {
                accountsByDay.remove(before);
            }
        }
        if (after != EventDays.NONE) {
            accountsByDay.computeIfAbsent(after, any -> new TreeSet<>()).add(accountId);
        }
    }

    /** Takes every entry due on or before the day out of the schedule, earliest first; the caller reschedules each. */
    List<Entry> dueThrough(int day) {
        List<Entry> due = new ArrayList<>();
        while (!accountsByDay.isEmpty() && accountsByDay.firstKey() <= day) {
            Map.Entry<Integer, Set<Long>> accounts = accountsByDay.pollFirstEntry();
            for (long accountId : accounts.getValue()) {
                due.add(new Entry(accounts.getKey(), accountId));
            }
        }
        return due;
    }
}
