package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.clientLinked;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.debit;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.FlowStats;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.TransactionKind;

class EmissionTest {

    private static final long ACCOUNT = 101;

    @Test
    void aDaysSnapshotIsEmittedOnceWhenTheDayIsFinal() {
        try (TopologyHarness harness = new TopologyHarness(1)) {
            // Given an account opened on day 0 with three transactions on day 1
            harness.send(opened(ACCOUNT, 0, 1));
            harness.send(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "1000", "1000"));
            harness.send(debit(ACCOUNT, 1, TransactionKind.CASH_WITHDRAWAL, "100", "900"));
            harness.send(debit(ACCOUNT, 1, TransactionKind.CASH_WITHDRAWAL, "100", "800"));
            harness.send(debit(ACCOUNT, 1, TransactionKind.CASH_WITHDRAWAL, "100", "700"));

            // Then with one grace day nothing is final yet
            assertThat(harness.emittedFor(ACCOUNT)).isEmpty();

            // When stream time reaches day 2, day 0 is final; at day 3, day 1 is
            harness.advanceTo(2);
            List<TestRecord<Long, AccountBehaviour>> day0 = harness.emittedFor(ACCOUNT);
            harness.advanceTo(3);
            harness.advanceTo(3);
            List<TestRecord<Long, AccountBehaviour>> day1 = harness.emittedFor(ACCOUNT);

            // Then each day comes out once, as of its own end, stamped with its date
            assertThat(day0).singleElement().satisfies(record -> {
                assertThat(record.value().getAsOfDate()).isEqualTo(Fixtures.day(0));
                assertThat(record.value().getBalance()).isEqualTo(1000.0);
                assertThat(record.timestamp()).isEqualTo(TopologyHarness.midnight(0).toEpochMilli());
            });
            assertThat(day1).singleElement().satisfies(record -> {
                assertThat(record.value().getAsOfDate()).isEqualTo(Fixtures.day(1));
                assertThat(record.value().getTransactionCount()).isEqualTo(4);
                assertThat(record.value().getBalance()).isEqualTo(700.0);
            });
            assertThat(harness.counter("bankstream.feature.snapshots", "kind", "account-behaviour")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aQuietAccountsLastDayIsFlushedAsStreamTimeMovesOn() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given an account active on day 5 only, then silence while other accounts go on
            harness.send(opened(ACCOUNT, 5, 1));
            harness.send(credit(ACCOUNT, 5, TransactionKind.CASH_DEPOSIT, "300", "300"));

            // When other accounts' events move stream time to day 9
            harness.advanceTo(9);

            // Then its day-5 snapshot has come out, once, and nothing for the quiet days
            assertThat(harness.emittedFor(ACCOUNT)).extracting(record -> record.value().getAsOfDate())
                    .containsExactly(Fixtures.day(5));
            harness.advanceTo(20);
            assertThat(harness.emittedFor(ACCOUNT)).isEmpty();
        }
    }

    @Test
    void theThirtyDayWindowEndsOnItsThirtiethDay() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given deposits on days 0, 1 and 30
            harness.send(opened(ACCOUNT, 0, 1));
            harness.send(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "1", "1"));
            harness.send(credit(ACCOUNT, 1, TransactionKind.CASH_DEPOSIT, "10", "11"));
            harness.send(credit(ACCOUNT, 30, TransactionKind.CASH_DEPOSIT, "100", "111"));

            // When day 30 is final
            harness.advanceTo(31);

            // Then day 30's snapshot covers days 1..30: day 1 in, day 0 out
            AccountBehaviour day30 = harness.emittedFor(ACCOUNT).get(2).value();
            assertThat(day30.getAsOfDate()).isEqualTo(Fixtures.day(30));
            assertThat(day30.getCredits().getDays30()).isEqualTo(new FlowStats(2, 110.0, 55.0, 100.0));
            assertThat(day30.getBalance30d().getMin()).isEqualTo(11.0);
        }
    }

    @Test
    void theNinetyAndThreeHundredSixtyFiveDayWindowsEndOnTheirLastDayAfterMonthsOfSettledDays() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given debits 90, 89, 365 and 364 days before day 400, and stream time moving on day by day in between,
            // so that the older days are settled (and those beyond 365 days dropped) long before day 400 closes
            harness.send(opened(ACCOUNT, 0, 1));
            harness.send(credit(ACCOUNT, 0, TransactionKind.CASH_DEPOSIT, "10000", "10000"));
            harness.send(debit(ACCOUNT, 35, TransactionKind.CASH_WITHDRAWAL, "1", "9999"));
            harness.send(debit(ACCOUNT, 36, TransactionKind.CASH_WITHDRAWAL, "2", "9997"));
            for (int day = 37; day < 310; day += 7) {
                harness.advanceTo(day);
            }
            harness.send(debit(ACCOUNT, 310, TransactionKind.CASH_WITHDRAWAL, "4", "9993"));
            harness.send(debit(ACCOUNT, 311, TransactionKind.CASH_WITHDRAWAL, "8", "9985"));
            for (int day = 312; day < 400; day += 7) {
                harness.advanceTo(day);
            }
            harness.send(credit(ACCOUNT, 400, TransactionKind.CASH_DEPOSIT, "15", "10000"));

            // When day 400 is final
            harness.advanceTo(401);

            // Then its 90-day window holds days 311..400 and its 365-day window days 36..400
            List<TestRecord<Long, AccountBehaviour>> snapshots = harness.emittedFor(ACCOUNT);
            AccountBehaviour day400 = snapshots.get(snapshots.size() - 1).value();
            assertThat(day400.getAsOfDate()).isEqualTo(Fixtures.day(400));
            assertThat(day400.getDebits().getDays90()).isEqualTo(new FlowStats(1, 8.0, 8.0, 8.0));
            FlowStats debits365 = day400.getDebits().getDays365();
            assertThat(List.of(debits365.getCount(), debits365.getSum(), debits365.getMax())).containsExactly(3, 14.0, 8.0);
            assertThat(day400.getCredits().getDays365()).isEqualTo(new FlowStats(1, 15.0, 15.0, 15.0));
            assertThat(day400.getTransactionCount()).isEqualTo(6);
            assertThat(day400.getBalance365d().getMin()).isEqualTo(9985.0);
        }
    }

    @Test
    void anAccountWithoutTransactionsIsStillDescribed() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            harness.send(opened(ACCOUNT, 3, 1));

            harness.advanceTo(4);

            AccountBehaviour day3 = harness.emittedFor(ACCOUNT).get(0).value();
            assertThat(day3.getTransactionCount()).isZero();
            assertThat(day3.getOpenedOn()).isEqualTo(Fixtures.day(3));
            assertThat(day3.getBalance30d().getDays()).isEqualTo(1);
        }
    }

    @Test
    void aDistrictOrClientThatChangesIsJoinedAsItIsNowInTheSnapshotsThatFollow() {
        try (TopologyHarness harness = new TopologyHarness(0)) {
            // Given an account of district 8 (20 crimes per 1,000) owned by client 5 (female)
            harness.districts.pipeInput(8, Fixtures.district(8, 10000, 50_000, 1_000));
            harness.clients.pipeInput(5L, Fixtures.client(5, LocalDate.of(1960, 1, 1), Gender.FEMALE));
            harness.send(opened(ACCOUNT, 0, 8));
            harness.send(clientLinked(ACCOUNT, 0, 5, ClientRole.OWNER));
            harness.send(credit(ACCOUNT, 1, TransactionKind.CASH_DEPOSIT, "100", "100"));
            harness.advanceTo(2);

            // When both records are corrected and the account moves on
            harness.districts.pipeInput(8, Fixtures.district(8, 10000, 50_000, 2_000));
            harness.clients.pipeInput(5L, Fixtures.client(5, LocalDate.of(1960, 1, 1), Gender.MALE));
            harness.send(credit(ACCOUNT, 3, TransactionKind.CASH_DEPOSIT, "100", "200"));
            harness.advanceTo(4);

            // Then the snapshots before the correction have the old figures, the one after it the new ones
            List<AccountBehaviour> snapshots = harness.emittedFor(ACCOUNT).stream().map(TestRecord::value).toList();
            assertThat(snapshots).extracting(AccountBehaviour::getAsOfDate)
                    .containsExactly(Fixtures.day(0), Fixtures.day(1), Fixtures.day(3));
            assertThat(snapshots).extracting(snapshot -> snapshot.getDistrict().getCrimesPer1000())
                    .containsExactly(20.0, 20.0, 40.0);
            assertThat(snapshots).extracting(AccountBehaviour::getOwnerGender)
                    .containsExactly(Gender.FEMALE, Gender.FEMALE, Gender.MALE);
        }
    }
}
