package dev.bankstream.feature.behaviour;

/**
 * What one account's transactions did on one day: its closing balance, how many there were, and its flows. It is its
 * own {@link FlowTotals} rather than holding one: a snapshot reads the days that leave its windows, which are long
 * out of the cache, and one object per day fewer is fewer misses there.
 */
final class DailyActivity extends FlowTotals {

    final int day;
    /** Balance after the last transaction of the day to arrive (source order within a day). */
    long closingBalance;
    int transactions;

    DailyActivity(int day) {
        this.day = day;
    }

    /** A day restored as stored, with room for its {@code flowCodes} codes. */
    DailyActivity(int day, long closingBalance, int transactions, int flowCodes) {
        super(flowCodes);
        this.day = day;
        this.closingBalance = closingBalance;
        this.transactions = transactions;
    }

    void add(int flowCode, long amount, long balanceAfter) {
        add(flowCode, amount);
        transactions++;
        closingBalance = balanceAfter;
    }
}
