package dev.bankstream.feature.topology;

import static dev.bankstream.feature.behaviour.EventDays.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputClockTest {

    private static final int TRANSACTIONS = 0;
    private static final int ACCOUNT_EVENTS = 1;
    private static final long WAIT = 5_000;

    @Test
    void eventTimeIsTheLatestDayBothInputsHaveReached() {
        InputClock clock = new InputClock(2, 1, WAIT, NONE);

        // Given transactions up to day 40 while account events have only reached day 10
        clock.observe(ACCOUNT_EVENTS, 10, 0);
        clock.observe(TRANSACTIONS, 40, 10);

        // Then days up to 10 - 1 - 1 are final, not 38
        assertThat(clock.advance(20)).isEqualTo(8);
        // And when account events reach day 40 too, days up to 38 are
        clock.observe(ACCOUNT_EVENTS, 40, 30);
        assertThat(clock.advance(30)).isEqualTo(38);
    }

    @Test
    void nothingIsFinalUntilEveryInputHasSpokenOrTheWaitIsOver() {
        InputClock clock = new InputClock(2, 0, WAIT, NONE);

        clock.observe(TRANSACTIONS, 40, 1_000);

        assertThat(clock.advance(1_000 + WAIT - 1)).isEqualTo(NONE);
        assertThat(clock.advance(1_000 + WAIT)).isEqualTo(39);
    }

    @Test
    void anInputThatFellBehindIsWaitedForSinceItLastDeliveredThenLeftBehind() {
        InputClock clock = new InputClock(2, 0, WAIT, NONE);
        clock.observe(ACCOUNT_EVENTS, 10, 0);
        clock.observe(TRANSACTIONS, 40, 0);

        // When account events deliver again at 4 s, still behind
        clock.observe(ACCOUNT_EVENTS, 12, 4_000);

        // Then they are waited for until 9 s, and after that event time follows the transactions alone
        assertThat(clock.advance(8_999)).isEqualTo(11);
        assertThat(clock.advance(9_000)).isEqualTo(39);
    }

    @Test
    void anInputBehindWhenTheInputsFellSilentIsWaitedForAfreshWhenTheyResume() {
        InputClock clock = new InputClock(2, 0, WAIT, NONE);
        // Given a first part of a replay that ends with account events behind (day 10 against day 40)
        clock.observe(ACCOUNT_EVENTS, 10, 0);
        clock.observe(TRANSACTIONS, 40, 0);
        assertThat(clock.advance(WAIT)).isEqualTo(39);

        // When, a minute later, the next part's transactions arrive first
        clock.observe(TRANSACTIONS, 300, 60_000);

        // Then the account events are waited for again, not taken for silent since the first part
        assertThat(clock.advance(60_000 + WAIT - 1)).isEqualTo(39);
        clock.observe(ACCOUNT_EVENTS, 45, 61_000);
        assertThat(clock.advance(61_000)).isEqualTo(44);
        // And an input that then stays silent stops holding the others back after the wait
        assertThat(clock.advance(61_000 + WAIT)).isEqualTo(299);
    }

    @Test
    void theFinalDayNeverMovesBackNotEvenBelowTheOneReachedBeforeARestart() {
        InputClock clock = new InputClock(2, 0, WAIT, 100);

        // Given a restarted task whose inputs resume on days before its last final day
        clock.observe(TRANSACTIONS, 95, 0);
        clock.observe(ACCOUNT_EVENTS, 96, 0);

        // Then the final day stays where it was
        assertThat(clock.advance(0)).isEqualTo(100);
        assertThat(clock.finalDay()).isEqualTo(100);
    }

    @Test
    void withoutAWaitEventTimeIsStreamTime() {
        InputClock clock = new InputClock(2, 1, 0, NONE);

        clock.observe(ACCOUNT_EVENTS, 10, 0);
        clock.observe(TRANSACTIONS, 40, 0);

        assertThat(clock.advance(0)).isEqualTo(38);
    }
}
