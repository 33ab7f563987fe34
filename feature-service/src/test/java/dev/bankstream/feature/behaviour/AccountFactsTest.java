package dev.bankstream.feature.behaviour;

import static dev.bankstream.feature.Fixtures.cardIssued;
import static dev.bankstream.feature.Fixtures.clientLinked;
import static dev.bankstream.feature.Fixtures.credit;
import static dev.bankstream.feature.Fixtures.loanGranted;
import static dev.bankstream.feature.Fixtures.opened;
import static dev.bankstream.feature.Fixtures.standingOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.bankstream.feature.Fixtures;
import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.StatementFrequency;
import dev.bankstream.schemas.TransactionKind;

class AccountFactsTest {

    private static final long ACCOUNT = 21;
    private static final long OWNER = 501;
    private final AccountState state = new AccountState(ACCOUNT);
    private final MapReferenceData reference = new MapReferenceData()
            .with(Fixtures.district(7, 9000, 100_000, 2_500))
            .with(Fixtures.client(OWNER, LocalDate.of(1970, 12, 13), Gender.FEMALE));

    @Test
    void theAccountIsDescribedWithItsOwnerDistrictCardsAndOrders() {
        // Given an opened account with an owner, a disponent, a card and a standing order
        state.apply(opened(ACCOUNT, 0, 7));
        state.apply(clientLinked(ACCOUNT, 0, OWNER, ClientRole.OWNER));
        state.apply(clientLinked(ACCOUNT, 0, 502, ClientRole.DISPONENT));
        state.apply(standingOrder(ACCOUNT, 0, OrderPurpose.HOUSEHOLD, "2400.50"));
        state.apply(cardIssued(ACCOUNT, 5, CardType.GOLD));

        // When described as of day 10 (1995-01-11)
        AccountBehaviour behaviour = snapshot(10);

        // Then the facts are joined from the reference tables as of that day
        assertThat(behaviour.getOpenedOn()).isEqualTo(Fixtures.day(0));
        assertThat(behaviour.getStatementFrequency()).isEqualTo(StatementFrequency.MONTHLY);
        assertThat(behaviour.getOwnerAge()).isEqualTo(24);
        assertThat(behaviour.getOwnerGender()).isEqualTo(Gender.FEMALE);
        assertThat(behaviour.getDisponents()).isEqualTo(1);
        assertThat(behaviour.getDistrict()).isEqualTo(new DistrictFacts(7, 9000.0, 3.5, 60.5, 25.0));
        assertThat(behaviour.getCards()).containsExactly(new CardHeld(CardType.GOLD, Fixtures.day(5)));
        assertThat(behaviour.getStandingOrders()).containsExactly(new StandingOrderHeld(OrderPurpose.HOUSEHOLD, 2400.5));
        assertThat(behaviour.getLoan()).isNull();
    }

    @Test
    void aFactIsNotKnownBeforeItsDay() {
        // Given a card issued on day 5
        state.apply(opened(ACCOUNT, 0, 7));
        state.apply(cardIssued(ACCOUNT, 5, CardType.CLASSIC));

        // Then on day 4 the account holds no card
        assertThat(snapshot(4).getCards()).isEmpty();
        assertThat(snapshot(5).getCards()).hasSize(1);
    }

    @Test
    void unknownReferenceDataLeavesFactsEmptyRatherThanWrong() {
        // Given an account whose district and owner are not in the reference tables
        state.apply(opened(ACCOUNT, 0, 99));
        state.apply(clientLinked(ACCOUNT, 0, 999, ClientRole.OWNER));

        // Then district and owner facts are unknown
        AccountBehaviour behaviour = snapshot(1);
        assertThat(behaviour.getDistrict()).isNull();
        assertThat(behaviour.getOwnerAge()).isNull();
        assertThat(behaviour.getOwnerGender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void aTransactionBeforeTheOpeningIsKeptAndCounted() {
        // Given a transaction on day 2, the opening on day 4, and transactions on days 4 and 6
        state.apply(credit(ACCOUNT, 2, TransactionKind.CASH_DEPOSIT, "100", "100"));
        state.apply(opened(ACCOUNT, 4, 7));
        state.apply(credit(ACCOUNT, 4, TransactionKind.CASH_DEPOSIT, "100", "200"));
        state.apply(credit(ACCOUNT, 6, TransactionKind.CASH_DEPOSIT, "100", "300"));

        // Then every transaction counts, and only day 2's as before the opening
        AccountBehaviour day6 = snapshot(6);
        assertThat(day6.getTransactionCount()).isEqualTo(3);
        assertThat(day6.getTransactionsBeforeOpening()).isEqualTo(1);
        assertThat(day6.getBalance()).isEqualTo(300.0);
        assertThat(day6.getBalanceSinceOpening().getDays()).isEqualTo(5);
        // And on day 3 the account was not yet open
        AccountBehaviour day3 = snapshot(3);
        assertThat(day3.getOpenedOn()).isNull();
        assertThat(day3.getTransactionsBeforeOpening()).isEqualTo(1);
    }

    @Test
    void transactionsOfAnAccountNeverOpenedAllCountAsBeforeOpening() {
        state.apply(credit(ACCOUNT, 2, TransactionKind.CASH_DEPOSIT, "100", "100"));
        state.apply(credit(ACCOUNT, 3, TransactionKind.CASH_DEPOSIT, "100", "200"));

        AccountBehaviour behaviour = snapshot(3);

        assertThat(behaviour.getTransactionsBeforeOpening()).isEqualTo(2);
        assertThat(behaviour.getOpenedOn()).isNull();
        assertThat(behaviour.getBalance30d().getDays()).isEqualTo(2);
    }

    @Test
    void theLoanSnapshotHoldsOnlyWhatWasKnownAtTheEndOfTheDayBeforeTheGrant() {
        // Given a history around a loan granted on day 20: a card on day 10; on the grant day itself
        // a transaction and a second card; a transaction after it
        state.apply(opened(ACCOUNT, 0, 7));
        state.apply(clientLinked(ACCOUNT, 0, OWNER, ClientRole.OWNER));
        state.apply(credit(ACCOUNT, 0, TransactionKind.SALARY_OR_TRANSFER_IN, "30000", "30000"));
        state.apply(cardIssued(ACCOUNT, 10, CardType.CLASSIC));
        state.apply(credit(ACCOUNT, 20, TransactionKind.CASH_DEPOSIT, "5000", "35000"));
        state.apply(cardIssued(ACCOUNT, 20, CardType.GOLD));
        state.apply(loanGranted(ACCOUNT, 20, 4711, "120000", 24, "5000"));
        state.apply(credit(ACCOUNT, 21, TransactionKind.CASH_DEPOSIT, "1", "35001"));

        // When the grant's eve (day 19) becomes final, even with the later events already known
        ClosedDays closed = state.closeThrough(day(19), reference);

        // Then one snapshot comes out, as of day 19: nothing from day 20 on, and no loan yet
        assertThat(closed.loanSnapshots()).hasSize(1);
        LoanSnapshot snapshot = closed.loanSnapshots().get(0);
        assertThat(snapshot.getLoanId()).isEqualTo(4711);
        assertThat(snapshot.getAccountId()).isEqualTo(ACCOUNT);
        assertThat(snapshot.getGrantedOn()).isEqualTo(Fixtures.day(20));
        assertThat(snapshot.getAmount()).isEqualTo(120000.0);
        assertThat(snapshot.getDurationMonths()).isEqualTo(24);
        assertThat(snapshot.getMonthlyPayment()).isEqualTo(5000.0);
        AccountBehaviour eve = snapshot.getBehaviour();
        assertThat(eve.getAsOfDate()).isEqualTo(Fixtures.day(19));
        assertThat(eve.getTransactionCount()).isEqualTo(1);
        assertThat(eve.getBalance()).isEqualTo(30000.0);
        assertThat(eve.getCards()).containsExactly(new CardHeld(CardType.CLASSIC, Fixtures.day(10)));
        assertThat(eve.getLoan()).isNull();
        assertThat(eve.getOwnerAge()).isEqualTo(24);

        // And the loan appears in the behaviour from its grant day, with its burden on income
        AccountBehaviour grantDay = snapshot(20);
        assertThat(grantDay.getLoan().getLoanId()).isEqualTo(4711);
        assertThat(grantDay.getLoan().getPaymentToIncome())
                .isCloseTo(5000 / grantDay.getMonthlyIncome(), within(1e-12));

        // And closing later days never repeats the loan snapshot
        assertThat(state.closeThrough(day(40), reference).loanSnapshots()).isEmpty();
    }

    @Test
    void aStandingOrderPayingALoanIsNotInTheLoansSnapshot() {
        // Given orders dated at the opening, as sources without order dates give them, one of them paying a loan
        state.apply(opened(ACCOUNT, 0, 7));
        state.apply(standingOrder(ACCOUNT, 0, OrderPurpose.HOUSEHOLD, "1500"));
        state.apply(standingOrder(ACCOUNT, 0, OrderPurpose.LOAN, "5000"));
        state.apply(loanGranted(ACCOUNT, 100, 77, "120000", 24, "5000"));

        // When the loan is snapshotted
        LoanSnapshot snapshot = state.closeThrough(day(99), reference).loanSnapshots().get(0);

        // Then only the household order is in it
        assertThat(snapshot.getBehaviour().getStandingOrders())
                .containsExactly(new StandingOrderHeld(OrderPurpose.HOUSEHOLD, 1500.0));
    }

    @Test
    void aLoanGrantedOnTheOpeningDayIsSnapshottedAsAnAccountNotYetOpened() {
        state.apply(opened(ACCOUNT, 3, 7));
        state.apply(loanGranted(ACCOUNT, 3, 1, "1000", 12, "90"));

        LoanSnapshot snapshot = state.closeThrough(day(2), reference).loanSnapshots().get(0);

        assertThat(snapshot.getBehaviour().getOpenedOn()).isNull();
        assertThat(snapshot.getBehaviour().getTransactionCount()).isZero();
    }

    private AccountBehaviour snapshot(int day) {
        return state.snapshot(day(day), reference);
    }

    private static int day(int n) {
        return EventDays.dayOf(Fixtures.day(n));
    }
}
