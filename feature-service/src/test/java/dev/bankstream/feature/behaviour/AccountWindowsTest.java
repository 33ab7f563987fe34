package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.BalanceStats;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.KindFlows;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;

class AccountWindowsTest {

    private static final long ACCOUNT = 11;
    private final AccountState state = new AccountState(ACCOUNT);
    private final ReferenceData noReference = new MapReferenceData();

    @Test
    void aCreditTwentyNineDaysBackIsInTheThirtyDayWindowAndOneThirtyDaysBackIsNot() {
        // Given credits on days 0, 30, 31 and 60
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "5", "5"));
        state.apply(credit(ACCOUNT, 30, TransactionKind.CASH_DEPOSIT, "500", "505"));
        state.apply(credit(ACCOUNT, 31, TransactionKind.CASH_DEPOSIT, "1000", "1505"));
        state.apply(credit(ACCOUNT, 60, TransactionKind.CASH_DEPOSIT, "10", "1515"));

        // When the account is described as of day 60 (its last 30 days are 31..60)
        AccountBehaviour behaviour = snapshot(60);

        // Then day 31 is in the 30-day window, day 30 is not, and every credit is in the 90-day window
        assertThat(behaviour.getCredits().getDays30()).isEqualTo(new FlowStats(2, 1010.0, 505.0, 1000.0));
        assertThat(behaviour.getCredits().getDays90()).isEqualTo(new FlowStats(4, 1515.0, 378.75, 1000.0));
        assertThat(behaviour.getCredits().getDays365()).isEqualTo(behaviour.getCredits().getDays90());
        assertThat(behaviour.getDebits().getDays365()).isEqualTo(new FlowStats(0, 0.0, 0.0, 0.0));
    }

    @Test
    void theNinetyAndThreeHundredSixtyFiveDayWindowsEndOnTheirLastDayToo() {
        // Given debits 89, 90, 364 and 365 days before day 400
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "10000", "10000"));
        state.apply(debit(ACCOUNT, 35, TransactionKind.CASH_WITHDRAWAL, "1", "9999"));
        state.apply(debit(ACCOUNT, 36, TransactionKind.CASH_WITHDRAWAL, "2", "9997"));
        state.apply(debit(ACCOUNT, 310, TransactionKind.CASH_WITHDRAWAL, "4", "9993"));
        state.apply(debit(ACCOUNT, 311, TransactionKind.CASH_WITHDRAWAL, "8", "9985"));

        // When described as of day 400
        AccountBehaviour behaviour = snapshot(400);

        // Then each window holds exactly its last n days
        assertThat(behaviour.getDebits().getDays90().getSum()).isEqualTo(8.0);
        assertThat(behaviour.getDebits().getDays365().getSum()).isEqualTo(14.0);
        assertThat(behaviour.getCredits().getDays365().getCount()).isZero();
    }

    @Test
    void eachWindowsLargestAmountIsAmongItsOwnDays() {
        // Given a salary on day 0, a deposit on day 50 and a smaller one on day 90, the largest first
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.SALARY_OR_TRANSFER_IN, "9000", "9000"));
        state.apply(credit(ACCOUNT, 50, TransactionKind.CASH_DEPOSIT, "500", "9500"));
        state.apply(credit(ACCOUNT, 90, TransactionKind.CASH_DEPOSIT, "20", "9520"));

        // When described as of day 100
        AccountBehaviour behaviour = snapshot(100);

        // Then each window's largest credit, over all kinds and per kind, is the largest of the days it holds
        assertThat(behaviour.getCredits().getDays30().getMax()).isEqualTo(20.0);
        assertThat(behaviour.getCredits().getDays90().getMax()).isEqualTo(500.0);
        assertThat(behaviour.getCredits().getDays365().getMax()).isEqualTo(9000.0);
        KindFlows deposits = behaviour.getByKind().stream()
                .filter(kind -> kind.getKind() == TransactionKind.CASH_DEPOSIT).findFirst().orElseThrow();
        assertThat(deposits.getFlows().getDays30().getMax()).isEqualTo(20.0);
        assertThat(deposits.getFlows().getDays365().getMax()).isEqualTo(500.0);
        assertThat(behaviour.getByKind().get(0).getFlows().getDays90()).isEqualTo(new FlowStats(0, 0.0, 0.0, 0.0));
    }

    @Test
    void endOfDayBalancesCarryOverDaysWithoutTransactions() {
        // Given 100 for days 0-9, -50 for days 10-19 and 200 for days 20-29
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100"));
        state.apply(debit(ACCOUNT, 10, TransactionKind.CASH_WITHDRAWAL, "150", "-50"));
        state.apply(credit(ACCOUNT, 20, TransactionKind.CASH_DEPOSIT, "250", "200"));

        // When described as of day 29
        AccountBehaviour behaviour = snapshot(29);

        // Then the 30 daily balances give these statistics (first quartile = 8th smallest of 30)
        BalanceStats days30 = behaviour.getBalance30d();
        assertThat(days30.getDays()).isEqualTo(30);
        assertThat(days30.getMin()).isEqualTo(-50.0);
        assertThat(days30.getMean()).isCloseTo(2500.0 / 30, within(1e-9));
        assertThat(days30.getFirstQuartile()).isEqualTo(-50.0);
        double variance = (10 * sq(100 - 2500.0 / 30) + 10 * sq(-50 - 2500.0 / 30) + 10 * sq(200 - 2500.0 / 30)) / 30;
        assertThat(days30.getVolatility()).isCloseTo(Math.sqrt(variance), within(1e-9));
        assertThat(behaviour.getBalance()).isEqualTo(200.0);
        assertThat(behaviour.getNegativeBalanceDays()).isEqualTo(10);
        assertThat(behaviour.getBalanceSinceOpening()).satisfies(since -> {
            assertThat(since.getDays()).isEqualTo(30);
            assertThat(since.getMean()).isCloseTo(days30.getMean(), within(1e-9));
            assertThat(since.getVolatility()).isCloseTo(days30.getVolatility(), within(1e-9));
            assertThat(since.getFirstQuartile()).isEqualTo(-50.0);
        });
    }

    @Test
    void aYoungAccountsWindowsCoverOnlyTheDaysSinceOpening() {
        // Given an account opened on day 100 with one deposit
        state.apply(opened(ACCOUNT, 100, 1));
        state.apply(credit(ACCOUNT, 100, TransactionKind.CASH_DEPOSIT, "700", "700"));

        // When described as of day 104
        AccountBehaviour behaviour = snapshot(104);

        // Then every balance window covers the 5 days since opening
        assertThat(behaviour.getBalance365d()).isEqualTo(new BalanceStats(700.0, 700.0, 700.0, 0.0, 5));
        assertThat(behaviour.getBalance30d().getDays()).isEqualTo(5);
        assertThat(behaviour.getTenureDays()).isEqualTo(4);
    }

    @Test
    void theClosingBalanceOfADayIsThatOfItsLastTransactionInSourceOrder() {
        // Given three transactions on one day, in source order
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "1000", "1000"));
        state.apply(debit(ACCOUNT, 0, TransactionKind.CASH_WITHDRAWAL, "900", "100"));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "50", "150"));

        // Then the day closes on the last one's balance
        assertThat(snapshot(0).getBalance()).isEqualTo(150.0);
        assertThat(snapshot(0).getBalance30d().getMin()).isEqualTo(150.0);
    }

    @Test
    void incomeExcludesInterestAndFlowsAreKeptPerKind() {
        // Given salaries on days 0 and 30, withdrawals on days 5 and 35 and interest on days 29 and 50
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.SALARY_OR_TRANSFER_IN, "10000", "10000"));
        state.apply(debit(ACCOUNT, 5, TransactionKind.CASH_WITHDRAWAL, "2000", "8000"));
        state.apply(credit(ACCOUNT, 29, TransactionKind.INTEREST, "25", "8025"));
        state.apply(credit(ACCOUNT, 30, TransactionKind.SALARY_OR_TRANSFER_IN, "10000", "18025"));
        state.apply(debit(ACCOUNT, 35, TransactionKind.CASH_WITHDRAWAL, "2000", "16025"));
        state.apply(credit(ACCOUNT, 50, TransactionKind.INTEREST, "25", "16050"));

        // When described as of day 59
        AccountBehaviour behaviour = snapshot(59);

        // Then income is the salaries per month over the 60 days, and the last credit that counts is day 30's
        double months = 60 / (365.2425 / 12);
        assertThat(behaviour.getMonthlyIncome()).isCloseTo(20000 / months, within(1e-9));
        assertThat(behaviour.getMonthsSinceLastCredit()).isCloseTo(29 / (365.2425 / 12), within(1e-9));
        assertThat(behaviour.getSavingsRatio()).isCloseTo((20050.0 - 4000) / 20050, within(1e-12));
        assertThat(behaviour.getByKind()).extracting(KindFlows::getKind, KindFlows::getDirection)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.SALARY_OR_TRANSFER_IN, TransactionDirection.CREDIT),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.CASH_WITHDRAWAL, TransactionDirection.DEBIT),
                        org.assertj.core.groups.Tuple.tuple(TransactionKind.INTEREST, TransactionDirection.CREDIT));
        KindFlows salary = behaviour.getByKind().get(0);
        assertThat(salary.getFlows().getDays30()).isEqualTo(new FlowStats(1, 10000.0, 10000.0, 10000.0));
        assertThat(salary.getFlows().getDays90()).isEqualTo(new FlowStats(2, 20000.0, 10000.0, 10000.0));
        // 6 transactions in 60 days (1.97 months) with a mean of 4008.33 CZK
        assertThat(behaviour.getSmallVsLarge()).isCloseTo((6 / months) / (24050.0 / 6 / 1000), within(1e-9));
    }

    @Test
    void anAccountWithoutTransactionsHasEmptyFlowsAndAZeroBalance() {
        // Given an account that was opened and never used
        state.apply(opened(ACCOUNT, 0, 1));

        // When described as of day 10
        AccountBehaviour behaviour = snapshot(10);

        // Then its balance history is eleven days of zero and it has no flows
        assertThat(behaviour.getTransactionCount()).isZero();
        assertThat(behaviour.getBalance()).isZero();
        assertThat(behaviour.getBalance30d()).isEqualTo(new BalanceStats(0.0, 0.0, 0.0, 0.0, 11));
        assertThat(behaviour.getCredits().getDays365().getCount()).isZero();
        assertThat(behaviour.getByKind()).isEmpty();
        assertThat(behaviour.getMonthsSinceLastCredit()).isNull();
        assertThat(behaviour.getSavingsRatio()).isNull();
        assertThat(behaviour.getMonthlyIncome()).isZero();
        assertThat(behaviour.getSmallVsLarge()).isZero();
    }

    @Test
    void nothingAfterTheAsOfDayIsUsed() {
        // Given transactions on days 0 and 20
        state.apply(opened(ACCOUNT, 0, 1));
        state.apply(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "100", "100"));
        state.apply(credit(ACCOUNT, 20, TransactionKind.CASH_DEPOSIT, "900", "1000"));

        // When described as of day 10
        AccountBehaviour behaviour = snapshot(10);

        // Then day 20 is invisible
        assertThat(behaviour.getBalance()).isEqualTo(100.0);
        assertThat(behaviour.getTransactionCount()).isEqualTo(1);
        assertThat(behaviour.getCredits().getDays365().getSum()).isEqualTo(100.0);
        assertThat(behaviour.getAsOfDate()).isEqualTo(Fixtures.day(10));
    }

    private AccountBehaviour snapshot(int day) {
        return state.snapshot(EventDays.dayOf(Fixtures.day(day)), noReference);
    }

    private static double sq(double x) {
        return x * x;
    }
}
