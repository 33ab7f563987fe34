package dev.bankstream.feature.topology;

import static dev.bankstream.feature.Fixtures.cardIssued;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.loanGranted;
import static dev.bankstream.feature.Fixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.TransactionKind;

class LoanSnapshotTest {

    private static final long ACCOUNT = 301;
    private static final long LOAN = 9001;

    @Test
    void theLoanSnapshotHoldsExactlyWhatWasKnownAtTheEndOfTheEveOfTheGrant() {
        try (TopologyHarness harness = new TopologyHarness(2)) {
            // Given an account with a card from day 3 and a loan granted on day 20, with on the grant day a
            // transaction and a second card; then, within the grace period, a late transaction dated the eve
            harness.send(opened(ACCOUNT, 0, 1));
            harness.send(credit(ACCOUNT, 0, TransactionKind.SALARY_OR_TRANSFER_IN, "20000", "20000"));
            harness.send(cardIssued(ACCOUNT, 3, CardType.CLASSIC));
            harness.send(loanGranted(ACCOUNT, 20, LOAN, "96000", 24, "4000"));
            harness.send(credit(ACCOUNT, 20, TransactionKind.CASH_DEPOSIT, "1000", "21500"));
            harness.send(cardIssued(ACCOUNT, 20, CardType.GOLD));
            harness.send(credit(ACCOUNT, 19, TransactionKind.CASH_DEPOSIT, "500", "20500"));

            // Then no snapshot while the eve can still change
            assertThat(harness.loanSnapshots.isEmpty()).isTrue();

            // When stream time reaches day 21 the eve is still open (two grace days); at day 22 it is final
            harness.advanceTo(21);
            assertThat(harness.loanSnapshots.isEmpty()).isTrue();
            harness.advanceTo(22);

            // Then one snapshot keyed by the loan, stamped with the grant date, as of the eve
            TestRecord<Long, LoanSnapshot> record = harness.loanSnapshots.readRecord();
            assertThat(harness.loanSnapshots.isEmpty()).isTrue();
            assertThat(record.key()).isEqualTo(LOAN);
            assertThat(record.timestamp()).isEqualTo(TopologyHarness.midnight(20).toEpochMilli());
            LoanSnapshot snapshot = record.value();
            assertThat(snapshot.getGrantedOn()).isEqualTo(Fixtures.day(20));
            assertThat(snapshot.getMonthlyPayment()).isEqualTo(4000.0);
            AccountBehaviour eve = snapshot.getBehaviour();
            assertThat(eve.getAsOfDate()).isEqualTo(Fixtures.day(19));
            // the late eve transaction is in; the grant day's transaction, card and the loan itself are not
            assertThat(eve.getTransactionCount()).isEqualTo(2);
            assertThat(eve.getBalance()).isEqualTo(20500.0);
            assertThat(eve.getCards()).containsExactly(new CardHeld(CardType.CLASSIC, Fixtures.day(3)));
            assertThat(eve.getLoan()).isNull();
            assertThat(harness.counter("bankstream.feature.snapshots", "kind", "loan")).isEqualTo(1.0);

            // And it is never emitted again
            harness.advanceTo(40);
            assertThat(harness.loanSnapshots.isEmpty()).isTrue();
        }
    }
}
