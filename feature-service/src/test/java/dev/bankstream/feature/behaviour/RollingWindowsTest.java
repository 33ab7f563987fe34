package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.TransactionKind;

class RollingWindowsTest {

    private static final long ACCOUNT = 41;

    @Test
    void windowsMovedForwardInStepsOfAnyLengthHoldWhatWindowsMovedOnceHold() {
        // Given two years of activity on a third of the days, kinds and amounts at random, and a kind seen only in the
        // first two months (which leaves every window)
        Random random = new Random(3);
        AccountState state = new AccountState(ACCOUNT);
        state.apply(opened(ACCOUNT, 0, 1));
        long balance = 0;
        TransactionKind[] kinds = {TransactionKind.SALARY_OR_TRANSFER_IN, TransactionKind.CASH_DEPOSIT,
                TransactionKind.CASH_WITHDRAWAL, TransactionKind.INTEREST, TransactionKind.HOUSEHOLD_PAYMENT};
        for (int day = 0; day < 730; day++) {
            if (day < 60 && day % 10 == 5) {
                balance += 700;
                state.apply(credit(ACCOUNT, day, TransactionKind.PENSION, "700", Long.toString(balance)));
            }
            if (random.nextInt(3) == 0) {
                long amount = 100 * (1 + random.nextInt(50));
                TransactionKind kind = kinds[random.nextInt(kinds.length)];
                boolean debit = kind == TransactionKind.CASH_WITHDRAWAL || kind == TransactionKind.HOUSEHOLD_PAYMENT;
                balance += debit ? -amount : amount;
                state.apply(debit ? debit(ACCOUNT, day, kind, Long.toString(amount), Long.toString(balance))
                        : credit(ACCOUNT, day, kind, Long.toString(amount), Long.toString(balance)));
            }
        }

        // When one set of windows moves forward by 1 to 120 days at a time, over days with activity it never held
        RollingWindows moving = new RollingWindows();
        for (int day = 0; day < 730; day += 1 + random.nextInt(random.nextBoolean() ? 5 : 120)) {
            moving.moveTo(state, day(day));

            // Then at every stop it holds what windows moved straight to that day hold
            RollingWindows once = new RollingWindows();
            once.moveTo(state, day(day));
            assertThat(moving.credits()).as("credits as of day %d", day).isEqualTo(once.credits());
            assertThat(moving.debits()).as("debits as of day %d", day).isEqualTo(once.debits());
            assertThat(moving.byKind()).as("kinds as of day %d", day).isEqualTo(once.byKind());
            for (int window : new int[] {RollingWindows.DAYS_30, RollingWindows.DAYS_90, RollingWindows.DAYS_365}) {
                assertThat(moving.balance(window)).as("balances as of day %d", day).isEqualTo(once.balance(window));
            }
        }
    }

    private static int day(int n) {
        return EventDays.dayOf(Fixtures.day(n));
    }
}
