package dev.bankstream.feature.behaviour;

/** What one account's transactions did on one day: its closing balance and its flows. */
final class DailyActivity {

    final int day;
    /** Balance after the last transaction of the day to arrive (source order within a day). */
    long closingBalance;
    int transactions;
    final FlowTotals flows;

    DailyActivity(int day) {
        this(day, 0, 0, new FlowTotals());
    }

    DailyActivity(int day, long closingBalance, int transactions, FlowTotals flows) {
        this.day = day;
        this.closingBalance = closingBalance;
        this.transactions = transactions;
        this.flows = flows;
    }

    void add(int flowCode, long amount, long balanceAfter) {
        flows.add(flowCode, amount);
        transactions++;
        closingBalance = balanceAfter;
    }
}
