package dev.bankstream.feature.query;

import java.time.LocalDate;

import dev.bankstream.feature.behaviour.AccountState;
import dev.bankstream.feature.behaviour.EventDays;

/** One line of the account listing: enough to pick an account, without computing its features. */
public record AccountSummary(long accountId, LocalDate lastEventDate, double balance, long transactionCount) {

    static AccountSummary of(AccountState state) {
        return new AccountSummary(state.accountId(), EventDays.dateOf(state.lastEventDay()),
                state.balanceCents() / 100.0, state.transactionCount());
    }
}
