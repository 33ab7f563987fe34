package dev.bankstream.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.bankstream.backtest.report.BacktestReport;
import dev.bankstream.backtest.report.ReportFiles;
import dev.bankstream.backtest.report.SourceFigures;
import dev.bankstream.platform.ServiceProcess;

/**
 * {@code ./bankstream backtest} end to end on a generated data set: the packaged ingest, feature and scoring services
 * on a private platform, two models side by side, and the report checked against figures this test reads from the
 * generated files themselves.
 */
class BacktestIT {

    private static final LocalDate CUT = LocalDate.of(1996, 12, 31);

    @TempDir
    static Path work;
    private static Path data;

    @BeforeAll
    static void generate() throws Exception {
        data = work.resolve("data");
        try (ServiceProcess generator = ServiceProcess.of("generate", home().resolve(
                "ingest-service/target/quarkus-app/quarkus-run.jar"))
                .arguments("generate", "--out", data.toString(), "--scale", "0.25", "--seed", "11")
                .start(work.resolve("logs"))) {
            assertThat(generator.awaitExit(Duration.ofMinutes(2))).as("generator exit status").isZero();
        }
    }

    @Test
    void replaysTrainsBeforeTheCutScoresAfterItAndJudgesTheFlagsAgainstWhatHappened() throws Exception {
        Path out = work.resolve("report");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int status;
        try (PrintStream printer = new PrintStream(new TeeStream(console), true, StandardCharsets.UTF_8)) {
            status = Backtest.run(new String[] {"--data", data.toString(), "--train-until", CUT.toString(), "--out",
                    out.toString()}, printer);
        }
        assertThat(status).as("exit status; console:%n%s", console).isZero();

        BacktestReport report = ReportFiles.read(out.resolve(ReportFiles.JSON));
        assertThat(report.dataSet()).isEqualTo("generated data");
        assertThat(report.from()).isEqualTo(CUT.plusDays(1));
        assertThat(report.until()).isEqualTo(LocalDate.of(1998, 12, 31));
        assertThat(report.models()).extracting(model -> model.algorithm())
                .containsExactly("logistic-regression", "xgboost");
        assertThat(report.models()).allSatisfy(model -> assertThat(model.version()).as(model.outcome()).isNotNull());

        List<String> names = report.sources().stream().map(figures -> figures.source().name()).toList();
        assertThat(names).containsExactly("loan-default", "loan-default", "behaviour-rules");

        assertThat(report.caveats()).as("every loan has its point-in-time snapshot and its outcome")
                .noneMatch(caveat -> caveat.contains("are not judged"));
        int[] expected = unseenLoansAndDefaultsFromTheFiles();
        for (SourceFigures figures : report.sources()) {
            assertThat(figures.unseenLoans().loans()).as("unseen loans, %s", figures.source().label())
                    .isEqualTo(expected[0]);
            assertThat(figures.unseenLoans().defaults()).as("unseen defaults").isEqualTo(expected[1]);
            assertThat(figures.flagsPerMonth().values().stream().mapToInt(Integer::intValue).sum())
                    .as("flags per month add up").isEqualTo(figures.flags());
            assertThat(figures.flagsPerMonth()).hasSize(24);
            assertThat(figures.leadToOnset()).as("generated data has a ground truth").isNotNull();
        }
        assertThat(report.sources()).as("distress in generated data is caught by something")
                .anySatisfy(figures -> assertThat(figures.unseenLoans().caught()).isPositive());
        assertThat(report.headline()).startsWith("generated data, trained to 1996-12-31, scored 1997-01-01 to"
                + " 1998-12-31: " + expected[1] + " defaults among " + expected[0] + " unseen loans");

        String html = Files.readString(out.resolve(ReportFiles.HTML));
        assertThat(html).contains(report.sources().get(2).source().label()).contains("<svg");
        assertThat(out.resolve("models").resolve(report.models().get(0).version())).isDirectory();
    }

    /** Loans granted after the cut (all run into 1997-1998), and how many defaulted, read from the files. */
    private static int[] unseenLoansAndDefaultsFromTheFiles() throws IOException {
        Map<Long, Boolean> defaultedByAccount = new HashMap<>();
        List<String> truth = Files.readAllLines(data.resolve("ground-truth.csv"));
        for (String line : truth.subList(1, truth.size())) {
            String[] cells = line.strip().split(";", -1);
            defaultedByAccount.put(Long.parseLong(cells[0]), Boolean.parseBoolean(cells[5]));
        }
        int loans = 0;
        int defaults = 0;
        List<String> rows = Files.readAllLines(data.resolve("loan.asc"));
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.replace("\"", "").strip().split(";");
            String yymmdd = cells[2];
            LocalDate granted = LocalDate.of(1900 + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
            if (granted.isAfter(CUT)) {
                loans++;
                defaults += defaultedByAccount.get(Long.parseLong(cells[1])) ? 1 : 0;
            }
        }
        return new int[] {loans, defaults};
    }

    private static Path home() {
        return Path.of(System.getProperty("bankstream.home", "..")).toAbsolutePath().normalize();
    }

    /** The backtest's console goes to the test output too, so a slow run can be followed. */
    private static final class TeeStream extends java.io.OutputStream {
        private final ByteArrayOutputStream copy;

        TeeStream(ByteArrayOutputStream copy) {
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            copy.write(b);
            System.out.write(b);
        }
    }
}
