package dev.bankstream.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.bankstream.dashboard.Records;

class DashboardStateTest {

    private static final LocalDate DAY = LocalDate.of(1995, 3, 1);

    private final DashboardState state = new DashboardState(new DashboardState.Settings(10, 3, 0.25, 0.5, "behavioural"));

    @Test
    void segmentSizesFollowTheChangesDayByDayAndTheAssignmentsNow() {
        state.accept(Records.change(1, -1, 0, DAY));
        state.accept(Records.change(2, -1, 0, DAY));
        state.accept(Records.change(1, 0, 1, DAY.plusDays(3)));
        state.accept(Records.assignment(1, 1));
        state.accept(Records.assignment(2, 0));

        SegmentHistory.Series series = state.snapshot().segmentHistory().get("behavioural");
        assertThat(series.days()).containsExactly(DAY, DAY.plusDays(3));
        assertThat(series.sizes().get("Affluent savers")).containsExactly(2L, 1L);
        assertThat(series.sizes().get("Busy card users")).containsExactly(0L, 1L);
        assertThat(state.snapshot().segmentSizes().get("behavioural"))
                .containsEntry("Affluent savers", 1L).containsEntry("Busy card users", 1L);
    }

    @Test
    void everyScoredAccountIsCountedInItsQuadrantButOnlyAFewAreDrawn() {
        state.accept(Records.score(1, 0.9, 0.9));
        state.accept(Records.score(2, 0.25, 0.1));
        state.accept(Records.score(3, 0.1, 0.5));
        state.accept(Records.score(4, 0.1, 0.1));
        state.accept(Records.score(5, 0.1, 0.1));

        Quadrant quadrant = state.snapshot().quadrant();
        assertThat(quadrant.counts()).containsEntry(Quadrant.HIGH_VALUE_HIGH_RISK, 1L)
                .containsEntry(Quadrant.LOW_VALUE_HIGH_RISK, 1L)
                .containsEntry(Quadrant.HIGH_VALUE_LOW_RISK, 1L)
                .containsEntry(Quadrant.LOW_VALUE_LOW_RISK, 2L);
        assertThat(quadrant.sample()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void replayThroughputComesFromSuccessiveCheckpointsOfOneReplay() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        state.accept(Records.checkpoint("r1", 1_000, DAY, t));
        state.accept(Records.checkpoint("r1", 21_000, DAY.plusDays(10), t.plusSeconds(2)));

        ReplayProgress.View replay = state.snapshot().replay();
        assertThat(replay.eventsPerSecond()).isEqualTo(10_000);
        assertThat(replay.simulatedDate()).isEqualTo(DAY.plusDays(10));

        state.accept(Records.checkpoint("r2", 500, DAY, t.plusSeconds(3)));
        assertThat(state.snapshot().replay().history()).hasSize(1);
        assertThat(state.snapshot().replay().eventsPerSecond()).isZero();
    }

    @Test
    void theVersionMovesWithEveryRecord() {
        long before = state.version();
        state.accept(Records.score(1, 0.1, 0.1));
        assertThat(state.version()).isGreaterThan(before);
    }

    @Test
    void ageBandsAreTenYearsWideBetweenOpenEnds() {
        assertThat(AgeBand.of(18)).isEqualTo("under 25");
        assertThat(AgeBand.of(25)).isEqualTo("25-34");
        assertThat(AgeBand.of(34)).isEqualTo("25-34");
        assertThat(AgeBand.of(64)).isEqualTo("55-64");
        assertThat(AgeBand.of(65)).isEqualTo("65+");
        assertThat(AgeBand.of(null)).isEqualTo(AgeBand.UNKNOWN);
    }
}
