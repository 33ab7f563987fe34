package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.Fixtures.cardIssued;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.loanGranted;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.Transaction;
import dev.bankstream.schemas.TransactionKind;

class DayClosingTest {

    private static final long ACCOUNT = 31;
    private final ReferenceData reference = new MapReferenceData();

    @Test
    void closingDaysEmitsOneSnapshotPerChangedDayAndNothingTwice() {
        // Given three transactions on day 1, a card on day 3, and a transaction on day 9
        AccountState state = new AccountState(ACCOUNT);
        state.apply(opened(ACCOUNT, 1, 7));
        state.apply(credit(ACCOUNT, 1, TransactionKind.CASH_DEPOSIT, "10", "10"));
        state.apply(credit(ACCOUNT, 1, TransactionKind.CASH_DEPOSIT, "10", "20"));
        state.apply(cardIssued(ACCOUNT, 3, CardType.CLASSIC));
        state.apply(credit(ACCOUNT, 9, TransactionKind.CASH_DEPOSIT, "10", "30"));

        // When days through 5 become final
        ClosedDays closed = state.closeThrough(day(5), reference);

        // Then days 1 and 3 are emitted once each, as of their own day; day 9 waits
        assertThat(closed.behaviours()).extracting(AccountBehaviour::getAsOfDate)
                .containsExactly(Fixtures.day(1), Fixtures.day(3));
        assertThat(closed.behaviours().get(0).getTransactionCount()).isEqualTo(2);
        assertThat(state.closeThrough(day(5), reference).behaviours()).isEmpty();
        assertThat(state.dueDay()).isEqualTo(day(9));
        // And a final day can no longer change
        assertThatThrownBy(() -> state.apply(credit(ACCOUNT, 4, TransactionKind.CASH_DEPOSIT, "1", "31")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already settled");
    }

    @Test
    void aTransactionArrivingLateButBeforeItsDayIsFinalIsInThatDaysSnapshot() {
        // Given day 12 arrives before day 11
        AccountState state = new AccountState(ACCOUNT);
        state.apply(opened(ACCOUNT, 10, 7));
        state.apply(credit(ACCOUNT, 10, TransactionKind.CASH_DEPOSIT, "100", "100"));
        state.apply(credit(ACCOUNT, 12, TransactionKind.CASH_DEPOSIT, "100", "300"));
        state.apply(credit(ACCOUNT, 11, TransactionKind.CASH_DEPOSIT, "100", "200"));

        // When the days become final
        List<AccountBehaviour> snapshots = state.closeThrough(day(12), reference).behaviours();

        // Then each day's snapshot is as if the events had come in order
        assertThat(snapshots).extracting(AccountBehaviour::getBalance).containsExactly(100.0, 200.0, 300.0);
        assertThat(snapshots).extracting(AccountBehaviour::getTransactionCount).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAccountNobodyClosesHasNothingDue() {
        assertThat(new AccountState(ACCOUNT).dueDay()).isEqualTo(EventDays.NONE);
    }

    @Test
    void settlingDaysNeverChangesWhatTheAccountLooksLike() {
        // Given two copies of a random 900-day history: one settled every day, one never settled
        List<Transaction> history = randomHistory(new Random(42), 900);
        AccountState settledDaily = new AccountState(ACCOUNT);
        AccountState neverSettled = new AccountState(ACCOUNT);
        settledDaily.apply(opened(ACCOUNT, 0, 7));
        neverSettled.apply(opened(ACCOUNT, 0, 7));
        history.forEach(neverSettled::apply);

        int next = 0;
        for (int day = 0; day < 900; day++) {
            settledDaily.closeThrough(day(day) - 1, reference);
            while (next < history.size() && EventDays.dayOf(history.get(next).getBookingDate()) == day(day)) {
                settledDaily.apply(history.get(next++));
            }
            if (day % 50 == 49) {
                // Then every snapshot matches the unsettled one (the since-opening moments up to rounding)
                AccountBehaviour expected = neverSettled.snapshot(day(day), reference);
                AccountBehaviour actual = settledDaily.snapshot(day(day), reference);
                assertClose(actual.getBalanceSinceOpening(), expected.getBalanceSinceOpening());
                assertThat(AccountBehaviour.newBuilder(actual).setBalanceSinceOpening(expected.getBalanceSinceOpening()).build())
                        .isEqualTo(expected);
                // And the stored form describes the same account
                assertThat(AccountStateCodec.decode(AccountStateCodec.encode(settledDaily)).snapshot(day(day), reference))
                        .isEqualTo(actual);
            }
        }
        // And the settled copy keeps no more than the longest window of daily activity
        assertThat(settledDaily.days.day(0)).isGreaterThan(day(898) - 365);
    }

    @Test
    void snapshotsOfFinalDaysMatchOnesComputedFromScratch() {
        // Given a random 1,600-day history with recurring amounts, a quiet spell of over a year, and two loans
        Random random = new Random(7);
        List<AccountEvent> events = new ArrayList<>();
        events.add(opened(ACCOUNT, 0, 7));
        events.add(loanGranted(ACCOUNT, 300, 1, "100000", 24, "4500"));
        events.add(loanGranted(ACCOUNT, 1300, 2, "50000", 12, "4300"));
        List<Transaction> history = recurringHistory(random, 1600);
        AccountState fromScratch = new AccountState(ACCOUNT);
        events.forEach(fromScratch::apply);
        history.forEach(fromScratch::apply);

        // When another copy receives the same events day by day and declares days final every 1 to 10 days,
        // sometimes after a trip through its stored form (which leaves its windows behind)
        AccountState rolling = new AccountState(ACCOUNT);
        int nextEvent = 0;
        int nextTransaction = 0;
        int emitted = 0;
        int finalDay = 0;
        for (int day = 0; day < 1600; day++) {
            while (nextEvent < events.size() && EventDays.dayOf(events.get(nextEvent).getEventDate()) == day(day)) {
                rolling.apply(events.get(nextEvent++));
            }
            while (nextTransaction < history.size()
                    && EventDays.dayOf(history.get(nextTransaction).getBookingDate()) == day(day)) {
                rolling.apply(history.get(nextTransaction++));
            }
            if (day >= finalDay + 1 + random.nextInt(10)) {
                finalDay = day;
                ClosedDays closed = rolling.closeThrough(day(day), reference);
                // Then every snapshot it emits is the one computed from scratch for its day
                for (AccountBehaviour actual : closed.behaviours()) {
                    assertSameBehaviour(actual, fromScratch.snapshot(EventDays.dayOf(actual.getAsOfDate()), reference));
                    emitted++;
                }
                for (LoanSnapshot loan : closed.loanSnapshots()) {
                    AccountBehaviour eve = loan.getBehaviour();
                    assertSameBehaviour(eve, fromScratch.snapshot(EventDays.dayOf(eve.getAsOfDate()), reference));
                }
                if (random.nextInt(20) == 0) {
                    rolling = AccountStateCodec.decode(AccountStateCodec.encode(rolling));
                }
            }
        }
        assertThat(emitted).isGreaterThan(300);
    }

    /** Salary, rent and a card of the same amounts every month, cash of random amounts, nothing on days 500-899. */
    private static List<Transaction> recurringHistory(Random random, int days) {
        List<Transaction> history = new ArrayList<>();
        long balance = 0;
        for (int day = 0; day < days; day++) {
            if (day >= 500 && day < 900) {
                continue;
            }
            if (day % 30 == 3) {
                balance += 20_000;
                history.add(credit(ACCOUNT, day, TransactionKind.SALARY_OR_TRANSFER_IN, "20000", Long.toString(balance)));
            }
            if (day % 30 == 5) {
                balance -= 7_000;
                history.add(debit(ACCOUNT, day, TransactionKind.HOUSEHOLD_PAYMENT, "7000", Long.toString(balance)));
            }
            if (random.nextDouble() < 0.3) {
                long amount = 100 * (1 + random.nextInt(80));
                boolean deposit = random.nextBoolean() || balance < amount;
                balance += deposit ? amount : -amount;
                history.add(deposit
                        ? credit(ACCOUNT, day, TransactionKind.CASH_DEPOSIT, Long.toString(amount), Long.toString(balance))
                        : debit(ACCOUNT, day, TransactionKind.CASH_WITHDRAWAL, Long.toString(amount), Long.toString(balance)));
            }
        }
        return history;
    }

    private static void assertSameBehaviour(AccountBehaviour actual, AccountBehaviour expected) {
        // The since-opening moments are running sums in the settled copy: equal up to rounding.
        assertClose(actual.getBalanceSinceOpening(), expected.getBalanceSinceOpening());
        assertThat(AccountBehaviour.newBuilder(actual).setBalanceSinceOpening(expected.getBalanceSinceOpening()).build())
                .as("snapshot as of %s", actual.getAsOfDate())
                .isEqualTo(expected);
    }

    /** A random walk over at most 60 distinct balances, so the since-opening quartile stays exact. */
    private static List<Transaction> randomHistory(Random random, int days) {
        List<Transaction> history = new ArrayList<>();
        long balance = 0;
        for (int day = 0; day < days; day++) {
            int transactions = random.nextDouble() < 0.3 ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < transactions; i++) {
                long target = (random.nextInt(60) - 10) * 100L;
                if (target == balance) {
                    continue;
                }
                String amount = Long.toString(Math.abs(target - balance));
                TransactionKind kind = TransactionKind.values()[random.nextInt(TransactionKind.values().length)];
                history.add(target > balance
                        ? credit(ACCOUNT, day, kind, amount, Long.toString(target))
                        : debit(ACCOUNT, day, kind, amount, Long.toString(target)));
                balance = target;
            }
        }
        return history;
    }

    private static void assertClose(BalanceStats actual, BalanceStats expected) {
        assertThat(actual.getDays()).isEqualTo(expected.getDays());
        assertThat(actual.getMin()).isEqualTo(expected.getMin());
        assertThat(actual.getFirstQuartile()).isEqualTo(expected.getFirstQuartile());
        assertThat(actual.getMean()).isCloseTo(expected.getMean(), within(1e-6));
        assertThat(actual.getVolatility()).isCloseTo(expected.getVolatility(), within(1e-6));
    }

    private static int day(int n) {
        return EventDays.dayOf(Fixtures.day(n));
    }
}
