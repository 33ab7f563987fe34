package dev.bankstream.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as files: JSON that reads back whole and carries the derived ratios, and a self-contained page. */
class ReportFilesTest {

    @TempDir
    Path folder;

    @Test
    void theJsonReadsBackAndTheHtmlNeedsNothingElse() throws Exception {
        Window window = new Window(LocalDate.of(1996, 12, 31), LocalDate.of(1997, 1, 1), LocalDate.of(1997, 2, 28));
        SourceFigures figures = new SourceFigures(new FlagOrigin("loan-default", "v1", "loan-default (xgboost) v1"), 3,
                2, Map.of("1997-01", 1, "1997-02", 2), Map.of("LOAN_DEFAULT_RISK", 3), 1.5, new Confusion(1, 1, 1, 5),
                Confusion.EMPTY, LeadTimes.of(List.of(12)), null);
        BacktestReport report = new BacktestReport("a <headline>", "real Berka", "/data", window.trainUntil(),
                window.from(), window.until(), 1000, List.of(new ModelRun("xgboost", "v1", "model card: models/v1/")),
                List.of(figures), List.of("definition"), List.of("caveat"), Map.of("Replaying", 12.5),
                Instant.parse("2026-11-22T12:00:00Z"));

        List<Path> files = ReportFiles.write(report, folder);

        assertThat(ReportFiles.read(files.get(0))).isEqualTo(report);
        assertThat(Files.readString(files.get(0))).contains("\"precision\" : 0.5", "\"recall\" : 0.5",
                "\"trainUntil\" : \"1996-12-31\"");
        String html = Files.readString(files.get(1));
        assertThat(html).contains("a &lt;headline&gt;", "<svg", "loan-default (xgboost) v1", "1 / 1")
                .doesNotContain("<script", "src=\"http", "href=\"http");
    }
}
