package dev.bankstream.scoring.model;

import static dev.bankstream.scoring.Behaviours.ordinary;
import static dev.bankstream.scoring.Behaviours.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.bankstream.scoring.model.TrainingSet.ExclusionCause;
import dev.bankstream.schemas.LoanOutcome;
import dev.bankstream.schemas.LoanSnapshot;
import dev.bankstream.schemas.LoanStatus;

class TrainingSetTest {

    private static final LocalDate AS_OF = LocalDate.of(1998, 12, 31);

    @Test
    void snapshotsJoinOutcomesAndEveryLeftOutSnapshotIsCounted() {
        // Given five snapshots: two usable, one without outcome, one after the history ends, one without history
        List<LoanSnapshot> snapshots = List.of(
                snapshot(1, ordinary(11, LocalDate.of(1994, 3, 31)).build(), 50_000, 12, 4_000),
                snapshot(2, ordinary(12, LocalDate.of(1993, 9, 30)).build(), 80_000, 24, 3_500),
                snapshot(3, ordinary(13, LocalDate.of(1994, 5, 31)).build(), 60_000, 12, 5_000),
                snapshot(4, ordinary(14, LocalDate.of(1995, 2, 28)).build(), 60_000, 12, 5_000),
                snapshot(5, ordinary(15, LocalDate.of(1994, 1, 31)).setTransactionCount(0).build(), 60_000, 12, 5_000));
        List<LoanOutcome> outcomes = List.of(
                outcome(1, LoanStatus.RUNNING_IN_DEBT), outcome(2, LoanStatus.FINISHED_OK),
                outcome(4, LoanStatus.RUNNING_OK), outcome(5, LoanStatus.FINISHED_DEFAULTED));

        // When joined with the history ending on 1994-10-31
        TrainingSet set = TrainingSet.join(snapshots, outcomes, LocalDate.of(1994, 10, 31));

        // Then the usable loans are labelled (B or D = default) and ordered by grant date
        assertThat(set.loans()).extracting(LabelledLoan::loanId).containsExactly(2L, 1L);
        assertThat(set.loans()).extracting(LabelledLoan::defaulted).containsExactly(false, true);
        assertThat(set.defaults()).isEqualTo(1);
        assertThat(set.firstGrant()).isEqualTo(LocalDate.of(1993, 10, 1));
        // and each left-out snapshot is counted with its cause
        assertThat(set.exclusionCounts()).isEqualTo(Map.of(ExclusionCause.NO_OUTCOME, 1L,
                ExclusionCause.GRANTED_AFTER_HISTORY_END, 1L, ExclusionCause.INCOMPLETE_FEATURES, 1L));
        assertThat(set.exclusions()).extracting(TrainingSet.Exclusion::reason).contains(
                "no outcome for loan 3", "granted on 1995-03-01, after the history ends on 1994-10-31",
                "no transactions before 1994-02-01: the account has no history to score");
    }

    private static LoanOutcome outcome(long loanId, LoanStatus status) {
        boolean bad = status == LoanStatus.FINISHED_DEFAULTED || status == LoanStatus.RUNNING_IN_DEBT;
        return new LoanOutcome(loanId, 10 + loanId, AS_OF, status, bad);
    }
}
