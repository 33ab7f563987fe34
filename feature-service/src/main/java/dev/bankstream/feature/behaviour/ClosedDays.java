package dev.bankstream.feature.behaviour;

import java.util.List;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.LoanSnapshot;

/** What closing an account's final days produced: a snapshot per changed day and per loan whose eve is final. */
public record ClosedDays(List<AccountBehaviour> behaviours, List<LoanSnapshot> loanSnapshots) {
}
