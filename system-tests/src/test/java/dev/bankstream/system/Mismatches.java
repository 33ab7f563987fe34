package dev.bankstream.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Differences found over thousands of comparisons, reported together: how many, and the first few in full. */
final class Mismatches {

    private static final int SHOWN = 5;

    private final String subject;
    private final List<String> found = new ArrayList<>();
    private long compared;

    Mismatches(String subject) {
        this.subject = subject;
    }

    /** Compares all figures of one account on one day, and keeps only those that differ. */
    void compare(String what, AccountFigures expected, AccountFigures actual) {
        compared++;
        List<String> differences = expected.differencesFrom(actual);
        if (!differences.isEmpty()) {
            found.add(what + ": " + String.join("; ", differences));
        }
    }

    /** A fact that must hold, described by {@code what}. */
    void check(String what, boolean holds) {
        compared++;
        if (!holds) {
            found.add(what);
        }
    }

    long compared() {
        return compared;
    }

    void assertNone() {
        assertThat(found.subList(0, Math.min(SHOWN, found.size())))
                .as("%d of %d %s differ; the first ones", found.size(), compared, subject)
                .isEmpty();
    }
}
