package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every account month by month and writes each month, day by day, before starting the next: the
 * transaction file comes out in date order while only one month of rows is in memory.
 */
final class TransactionSimulation {

    static void run(List<AccountPlan> accounts, long seed, LocalDate lastDay, TransactionFileWriter writer)
            throws IOException {
        if (accounts.isEmpty()) {
            return;
        }
        List<AccountSimulator> simulators = new ArrayList<>(accounts.size());
        YearMonth firstMonth = YearMonth.from(lastDay);
        for (AccountPlan account : accounts) {
            simulators.add(new AccountSimulator(account, Rng.derive(seed, Rng.ACCOUNT_ACTIVITY, account.accountId())));
            YearMonth active = YearMonth.from(account.activeFrom());
            if (active.isBefore(firstMonth)) {
                firstMonth = active;
            }
        }
        MonthEvents events = new MonthEvents();
        DayBuckets buckets = new DayBuckets();
        for (YearMonth month = firstMonth; !month.isAfter(YearMonth.from(lastDay)); month = month.plusMonths(1)) {
            for (AccountSimulator simulator : simulators) {
                simulator.simulateMonth(month, lastDay, events, buckets);
            }
            buckets.drainTo(month, writer);
        }
    }

    private TransactionSimulation() {
    }
}
