package dev.bankstream.scoring.rules;

import java.util.Set;

import dev.bankstream.schemas.AccountBehaviour;

/** Arithmetic over behaviour measures, e.g. {@code cashWithdrawal.max.30d / cashWithdrawal.mean.365d}. */
public interface Expression {

    /** The value, or null when a measure is unknown for this account or a division by zero occurs. */
    Double evaluate(AccountBehaviour behaviour);

    /** Names of the measures it reads. */
    Set<String> measures();

    /** The expression as written (normalised spacing). */
    String text();
}
