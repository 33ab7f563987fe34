package dev.bankstream.feature.topology;

/** What the input admission passes on to the account processor: account input, or the news that days are final. */
sealed interface Admitted permits AccountInput, Admitted.DaysFinal {

    /** Every day up to and including {@code day} (an epoch day) is final: nothing dated on them will be admitted. */
    record DaysFinal(int day) implements Admitted {
    }
}
