package dev.bankstream.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong command line is refused before anything starts, saying what is wrong. */
class BacktestOptionsTest {

    @TempDir
    Path data;

    @Test
    void theScoredPeriodStartsTheDayAfterTheCutAndBothModelsRunByDefault() {
        BacktestOptions options = BacktestOptions.parse(args("--train-until", "1996-12-31"));

        assertThat(options.scoredFrom()).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(options.algorithms()).containsExactly("logistic-regression", "xgboost");
    }

    @Test
    void aPeriodThatOverlapsTheTrainingOrEndsBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> BacktestOptions.parse(args("--train-until", "1996-12-31", "--from", "1996-06-01")))
                .hasMessageContaining("must start after the training cut");
        assertThatThrownBy(() -> BacktestOptions.parse(args("--train-until", "1996-12-31", "--until", "1996-12-01")))
                .hasMessage("--until 1996-12-01 is before --from 1997-01-01");
        assertThatThrownBy(() -> BacktestOptions.parse(args("--train-until", "1996-12-31", "--from", "1997-03-01",
                "--until", "1997-02-01"))).hasMessageContaining("--until 1997-02-01 is before --from 1997-03-01");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> BacktestOptions.parse(args("--train-until", "31.12.1996")))
                .hasMessage("--train-until takes a date as YYYY-MM-DD, not '31.12.1996'");
        assertThatThrownBy(() -> BacktestOptions.parse(args("--train-until", "1996-12-31", "--algorithms", "svm")))
                .hasMessage("Unknown algorithm 'svm': logistic-regression or xgboost");
        assertThatThrownBy(() -> BacktestOptions.parse(new String[] {"--data", data.resolve("missing").toString(),
                "--train-until", "1996-12-31"})).hasMessageStartingWith("No data folder");
        assertThatThrownBy(() -> BacktestOptions.parse(new String[] {"--train-until", "1996-12-31"}))
                .hasMessage("--data and --train-until are required");
    }

    private String[] args(String... more) {
        String[] all = new String[more.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(more, 0, all, 2, more.length);
        return all;
    }
}
