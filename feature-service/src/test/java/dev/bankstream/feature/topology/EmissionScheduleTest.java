package dev.bankstream.feature.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.bankstream.feature.behaviour.EventDays;

/** The schedule's scans take what is due through their day, earliest first, and miss nothing added later. */
class EmissionScheduleTest {

    private final EmissionSchedule schedule = new EmissionSchedule();

    @Test
    void aScanTakesWhatIsDueThroughItsDayEarliestFirstAndLeavesTheRest() {
        // Given three accounts due on days 12, 10 and 15
        schedule.reschedule(1, EventDays.NONE, 12);
        schedule.reschedule(2, EventDays.NONE, 10);
        schedule.reschedule(3, EventDays.NONE, 15);

        // When days through 12 are scanned, then the first two come out, earliest first
        assertThat(schedule.dueThrough(12)).containsExactly(
                new EmissionSchedule.Entry(10, 2), new EmissionSchedule.Entry(12, 1));

        // And the third waits for its day
        assertThat(schedule.dueThrough(14)).isEmpty();
        assertThat(schedule.dueThrough(15)).containsExactly(new EmissionSchedule.Entry(15, 3));
    }

    @Test
    void anEntryAddedOnADayAlreadyScannedIsFoundByTheNextScan() {
        // Given an account due on day 10, taken by a scan through day 10 and moved on to day 20
        schedule.reschedule(1, EventDays.NONE, 10);
        assertThat(schedule.dueThrough(10)).containsExactly(new EmissionSchedule.Entry(10, 1));
        schedule.reschedule(1, 10, 20);

        // When another account becomes due on day 10 (the eve of a loan granted on day 11 is such a day)
        schedule.reschedule(2, EventDays.NONE, 10);

        // Then the next scan finds it, and nothing that is not due yet
        assertThat(schedule.dueThrough(11)).containsExactly(new EmissionSchedule.Entry(10, 2));
    }
}
