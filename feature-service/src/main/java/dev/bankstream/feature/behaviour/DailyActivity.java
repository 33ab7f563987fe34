package dev.bankstream.feature.behaviour;

/**
 * What one account's transactions did on one day: how many there were, and its flows (its closing balance is kept by
 * {@link ActivityDays}). It is its own {@link FlowTotals} rather than holding one: a snapshot reads the days that
 * leave its windows, which are long out of the cache, and one object per day fewer is fewer misses there.
 */
final class DailyActivity extends FlowTotals {

    final int day;
    int transactions;

    DailyActivity(int day) {
        this.day = day;
    }

    /** A day restored as stored, with room for its {@code flowCodes} codes. */
    DailyActivity(int day, int transactions, int flowCodes) {
        super(flowCodes);
        this.day = day;
        this.transactions = transactions;
    }

    void book(int flowCode, long amount) {
        add(flowCode, amount);
        transactions++;
    }
}
