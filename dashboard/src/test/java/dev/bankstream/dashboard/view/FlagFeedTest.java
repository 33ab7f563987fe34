package dev.bankstream.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.bankstream.dashboard.Records;
import dev.bankstream.schemas.RiskLevel;

class FlagFeedTest {

    private static final LocalDate DAY = LocalDate.of(1995, 3, 1);

    @Test
    void keepsTheLatestFlagsNewestFirstAndCountsEveryFlagPerDayAndLevel() {
        FlagFeed feed = new FlagFeed(2);

        feed.accept(Records.flag("a", 1, RiskLevel.MEDIUM, DAY, "balance below zero"));
        feed.accept(Records.flag("b", 2, RiskLevel.HIGH, DAY, "sanction interest"));
        feed.accept(Records.flag("c", 3, RiskLevel.MEDIUM, DAY.plusDays(2), "income stopped"));

        FlagFeed.View view = feed.view();
        assertThat(view.total()).isEqualTo(3);
        assertThat(view.latest()).extracting(FlagFeed.Flag::flagId).containsExactly("c", "b");
        assertThat(view.latest().get(0).reasons()).containsExactly("income stopped");
        assertThat(view.perDay().days()).containsExactly(DAY, DAY.plusDays(2));
        assertThat(view.perDay().perLevel().get("MEDIUM")).containsExactly(1L, 1L);
        assertThat(view.perDay().perLevel().get("HIGH")).containsExactly(1L, 0L);
        assertThat(view.byKind()).containsEntry("NEGATIVE_BALANCE_DAYS", 3L);
        assertThat(view.firstEmittedAt()).isNotNull();
    }

    @Test
    void anEmptyFeedHasNoFirstFlag() {
        assertThat(new FlagFeed(5).view().firstEmittedAt()).isNull();
        assertThat(new FlagFeed(5).view().latest()).isEqualTo(List.of());
    }
}
