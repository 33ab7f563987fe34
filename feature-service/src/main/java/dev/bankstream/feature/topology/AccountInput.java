package dev.bankstream.feature.topology;

import java.time.LocalDate;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/** A decoded record of one of the two account-keyed input topics, on its way into the account's state. */
sealed interface AccountInput extends Admitted {

    long accountId();

    LocalDate eventDate();

    void applyTo(AccountState state);

    record TransactionInput(Transaction transaction) implements AccountInput {

        @Override
        public long accountId() {
            return transaction.getAccountId();
        }

        @Override
        public LocalDate eventDate() {
            return transaction.getBookingDate();
        }

        @Override
        public void applyTo(AccountState state) {
            state.apply(transaction);
        }
    }

    record AccountEventInput(AccountEvent event) implements AccountInput {

        @Override
        public long accountId() {
            return event.getAccountId();
        }

        @Override
        public LocalDate eventDate() {
            return event.getEventDate();
        }

        @Override
        public void applyTo(AccountState state) {
            state.apply(event);
        }
    }
}
