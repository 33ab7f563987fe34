package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.bankstream.contract.Topics;
import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.DeadLetter;
import dev.bankstream.schemas.TransactionKind;

class EventTimeTest {

    private static final long ACCOUNT = 201;

    @Test
    void eventsOutOfOrderWithinTheGracePeriodAreAppliedToTheirOwnDay() {
        try (TopologyHarness harness = new TopologyHarness(2)) {
            // Given day 12 arrives before day 11, within two days of grace
            harness.send(opened(ACCOUNT, 10, 1));
            harness.send(credit(ACCOUNT, 10, TransactionKind.CASH_DEPOSIT, "100", "100"));
            harness.send(credit(ACCOUNT, 12, TransactionKind.CASH_DEPOSIT, "100", "300"));
            harness.send(credit(ACCOUNT, 11, TransactionKind.CASH_DEPOSIT, "100", "200"));

            // When days 10-12 become final
            harness.advanceTo(15);

            // Then every day is described as if the events had come in order, and nothing was dead-lettered
            assertThat(harness.emittedFor(ACCOUNT)).extracting(record -> record.value().getBalance())
                    .containsExactly(100.0, 200.0, 300.0);
            assertThat(harness.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void anEventBeyondTheGracePeriodIsRoutedCountedAndLeavesTheStateAlone() {
        try (TopologyHarness harness = new TopologyHarness(1)) {
            // Given stream time on day 10 with one grace day: days up to 8 are final
            harness.send(opened(ACCOUNT, 5, 1));
            harness.send(credit(ACCOUNT, 5, TransactionKind.CASH_DEPOSIT, "100", "100"));
            harness.advanceTo(10);

            // When a transaction dated day 8 arrives, then one dated day 9
            harness.send(credit(ACCOUNT, 8, TransactionKind.CASH_DEPOSIT, "50", "150"));
            harness.send(credit(ACCOUNT, 9, TransactionKind.CASH_DEPOSIT, "7", "107"));

            // Then day 8's goes to the dead letters with the reason, and day 9's is applied
            DeadLetter late = harness.deadLetters.readValue();
            assertThat(late.getReason()).startsWith("LATE: event date " + Fixtures.day(8));
            assertThat(late.getSourceTopic()).isEqualTo(Topics.TRANSACTIONS.name());
            assertThat(late.getValue()).isNotNull();
            assertThat(harness.deadLetters.isEmpty()).isTrue();
            assertThat(harness.counter("bankstream.feature.dead.letters", "reason", "LATE")).isEqualTo(1.0);
            assertThat(harness.accounts().get(ACCOUNT).transactionCount()).isEqualTo(2);
            harness.advanceTo(11);
            assertThat(harness.emittedFor(ACCOUNT)).extracting(record -> record.value().getBalance())
                    .containsExactly(100.0, 107.0);
        }
    }

    @Test
    void aPartitionRunningAheadDoesNotMakeItsPartnersRecordsLate() {
        try (TopologyHarness harness = new TopologyHarness(1)) {
            // Given the account's transactions up to day 20 arrive before its account events of days 10 and 15
            // (as when a replay's transaction marker reaches one partition first)
            harness.send(opened(ACCOUNT, 10, 1));
            for (int day = 11; day <= 20; day++) {
                harness.send(credit(ACCOUNT, day, TransactionKind.CASH_DEPOSIT, "10", Integer.toString(10 * (day - 10))));
            }
            harness.send(Fixtures.cardIssued(ACCOUNT, 15, CardType.GOLD));

            // Then the card is admitted: event time waited for the account events
            assertThat(harness.deadLetters.isEmpty()).isTrue();
            // And when account events stay silent for longer than the wait, event time moves on without them
            harness.driver.advanceWallClockTime(TopologyHarness.INPUT_WAIT);
            assertThat(harness.emittedFor(ACCOUNT)).extracting(record -> record.value().getAsOfDate())
                    .contains(Fixtures.day(15), Fixtures.day(18))
                    .doesNotContain(Fixtures.day(19));
            assertThat(harness.emittedFor(ACCOUNT)).isEmpty();
        }
    }

    @Test
    void aTransactionForAnAccountNotYetOpenedIsKeptAndCounted() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given a transaction on day 2 for an account whose opening arrives dated day 3
            harness.send(credit(ACCOUNT, 2, TransactionKind.CASH_DEPOSIT, "100", "100"));
            harness.send(opened(ACCOUNT, 3, 1));
            harness.send(credit(ACCOUNT, 3, TransactionKind.CASH_DEPOSIT, "100", "200"));

            // When day 3 is final
            harness.advanceTo(4);

            // Then both transactions count, one as booked before the opening, and the arrival was counted
            AccountBehaviour day3 = harness.emittedFor(ACCOUNT).get(1).value();
            assertThat(day3.getTransactionCount()).isEqualTo(2);
            assertThat(day3.getTransactionsBeforeOpening()).isEqualTo(1);
            assertThat(day3.getBalance()).isEqualTo(200.0);
            assertThat(harness.counter("bankstream.feature.transactions.unopened")).isEqualTo(1.0);
        }
    }
}
