package dev.bankstream.scoring.flags;

import java.util.Optional;

/** The decider's answer: the state to store and, maybe, a flag to emit. */
public record FlagDecision(FlagState next, Optional<FlagRaise> raise) {
}
