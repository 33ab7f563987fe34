package dev.bankstream.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.FlagSource;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.RiskLevel;

/** Flags judged against loan outcomes: who counts as flagged, what is unseen, lead times, rates and the headline. */
class FlagEvaluationTest {

    private static final LocalDate CUT = LocalDate.of(1996, 12, 31);
    private static final Window WINDOW = new Window(CUT, CUT.plusDays(1), LocalDate.of(1997, 3, 31));
    private static final String LR = "v-lr";
    private static final String XGB = "v-xgb";

    private final List<RiskFlag> flags = new ArrayList<>();
    private final List<LoanRecord> loans = new ArrayList<>();
    private final Map<Long, NavigableSet<LocalDate>> sanctions = new HashMap<>();
    private final Map<Long, LocalDate> onsets = new HashMap<>();
    private final Map<Long, LocalDate> opened = new HashMap<>();

    @Test
    void aDefaultFlaggedAfterTheGrantIsCaughtWithItsLeadTimeBeforeArrearsAndOnset() {
        loan(1, LocalDate.of(1997, 1, 10), true);
        sanction(1, LocalDate.of(1997, 3, 1));
        onsets.put(1L, LocalDate.of(1997, 1, 20));
        flag(1, LR, LocalDate.of(1997, 2, 1));
        flag(1, LR, LocalDate.of(1997, 2, 15));

        SourceFigures lr = figures(LR);

        assertThat(lr.unseenLoans()).isEqualTo(new Confusion(1, 0, 0, 0));
        assertThat(lr.leadToEvidence().medianDays()).isEqualTo(28);
        assertThat(lr.leadToEvidence().flaggedInTime()).isEqualTo(1);
        assertThat(lr.leadToOnset().medianDays()).isEqualTo(-12);
        assertThat(lr.flags()).isEqualTo(2);
        assertThat(lr.flaggedAccounts()).isEqualTo(1);
        assertThat(lr.flagsPerMonth()).containsExactly(Map.entry("1997-01", 0), Map.entry("1997-02", 2),
                Map.entry("1997-03", 0));
    }

    @Test
    void flagsBeforeTheGrantOrOutsideThePeriodDoNotCountAndTrainingLoansAreKeptApart() {
        loan(2, LocalDate.of(1997, 2, 1), true);
        flag(2, LR, LocalDate.of(1997, 1, 15));
        loan(3, LocalDate.of(1996, 6, 1), false);
        flag(3, LR, LocalDate.of(1997, 1, 5));
        loan(4, LocalDate.of(1997, 1, 5), false);
        flag(4, LR, LocalDate.of(1997, 4, 2));

        SourceFigures lr = figures(LR);

        assertThat(lr.unseenLoans()).isEqualTo(new Confusion(0, 1, 0, 1));
        assertThat(lr.trainingLoans()).isEqualTo(new Confusion(0, 0, 1, 0));
        assertThat(lr.flags()).isEqualTo(2);
        assertThat(lr.leadToEvidence().measured()).isZero();
        assertThat(lr.unseenLoans().precision()).isNull();
        assertThat(lr.unseenLoans().recall()).isEqualTo(0.0);
    }

    @Test
    void aLoanThatEndedBeforeThePeriodIsNotJudged() {
        loan(5, LocalDate.of(1995, 1, 1), 12, false);

        assertThat(figures(LR).trainingLoans().loans()).isZero();
    }

    @Test
    void sourcesSitSideBySideWithModelsFirstAndRuleFlagsRaisedTwiceCountOnce() {
        loan(6, LocalDate.of(1997, 1, 2), true);
        flag(6, XGB, LocalDate.of(1997, 1, 3));
        // two scorers side by side raise the same rule flag
        flags.add(flag(6, "behaviour-rules", "r1", "SANCTION_INTEREST", LocalDate.of(1997, 1, 4)));
        flags.add(flag(6, "behaviour-rules", "r1", "SANCTION_INTEREST", LocalDate.of(1997, 1, 4)));
        opened.put(6L, LocalDate.of(1993, 1, 1));
        opened.put(7L, LocalDate.of(1998, 1, 1));

        List<SourceFigures> sources = FlagEvaluation.evaluate(history(), WINDOW);

        assertThat(sources).extracting(figures -> figures.source().label())
                .containsExactly("loan-default (logistic-regression) v-lr", "loan-default (xgboost) v-xgb",
                        "behaviour-rules r1");
        assertThat(sources.get(0).flags()).isZero();
        assertThat(sources.get(2).flags()).isEqualTo(1);
        assertThat(sources.get(2).flagsByKind()).containsExactly(Map.entry("SANCTION_INTEREST", 1));
        // one flag in three months over the one account opened by the period's end
        assertThat(sources.get(2).alertsPerThousandAccountsPerMonth()).isCloseTo(1000.0 / 3, within());
    }

    @Test
    void theHeadlineNamesTheDataThePopulationAndEverySource() {
        loan(8, LocalDate.of(1997, 1, 2), true);
        sanction(8, LocalDate.of(1997, 2, 2));
        flag(8, LR, LocalDate.of(1997, 1, 3));
        loan(9, LocalDate.of(1997, 1, 2), false);
        flag(9, LR, LocalDate.of(1997, 1, 3));

        String headline = BacktestReport.of("generated data", "/data", WINDOW, history(), List.of(), Map.of(),
                Instant.EPOCH).headline();

        assertThat(headline).isEqualTo("generated data, trained to 1996-12-31, scored 1997-01-01 to 1997-03-31:"
                + " 1 defaults among 2 unseen loans; loan-default (logistic-regression) caught 1 (precision 0.50,"
                + " median 30 days before arrears); loan-default (xgboost) caught 0 (precision n/a)");
    }

    @Test
    void aScoredPeriodThatOverlapsTheTrainingIsRefused() {
        assertThatThrownBy(() -> new Window(CUT, CUT, CUT.plusDays(30)))
                .hasMessageContaining("must start after the training cut");
    }

    @Test
    void leadTimeQuartilesUseNearestRank() {
        LeadTimes lead = LeadTimes.of(List.of(40, -5, 10, 20));

        assertThat(lead).isEqualTo(new LeadTimes(4, 10, -5, 20, 3));
    }

    private SourceFigures figures(String version) {
        return FlagEvaluation.evaluate(history(), WINDOW).stream()
                .filter(figures -> figures.source().version().equals(version)).findFirst().orElseThrow();
    }

    private History history() {
        Map<String, String> algorithms = new TreeMap<>(Map.of(LR, "logistic-regression", XGB, "xgboost"));
        return new History(flags, loans, sanctions, onsets, opened, algorithms, WINDOW.until(), List.of());
    }

    private void loan(long account, LocalDate granted, boolean defaulted) {
        loan(account, granted, 24, defaulted);
    }

    private void loan(long account, LocalDate granted, int months, boolean defaulted) {
        loans.add(new LoanRecord(account * 10, account, granted, months, defaulted));
    }

    private void sanction(long account, LocalDate day) {
        sanctions.computeIfAbsent(account, key -> new TreeSet<>()).add(day);
    }

    private void flag(long account, String version, LocalDate day) {
        flags.add(flag(account, FlagEvaluation.LOAN_DEFAULT, version, "LOAN_DEFAULT_RISK", day));
    }

    private RiskFlag flag(long account, String model, String version, String kind, LocalDate day) {
        return RiskFlag.newBuilder()
                .setFlagId(account + "|" + model + "|" + version + "|" + kind + "|" + day)
                .setAccountId(account).setKind(kind)
                .setSource(model.equals(FlagEvaluation.LOAN_DEFAULT) ? FlagSource.MODEL : FlagSource.RULE)
                .setScore(0.9).setLevel(RiskLevel.HIGH).setReasons(List.of()).setModelName(model)
                .setModelVersion(version).setEventDate(day).setEmittedAt(Instant.EPOCH).build();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
