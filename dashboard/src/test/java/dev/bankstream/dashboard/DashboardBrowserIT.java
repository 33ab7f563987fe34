package dev.bankstream.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import dev.bankstream.contract.AvroSerdes;
import dev.bankstream.contract.TopicSpec;
import dev.bankstream.contract.Topics;
import dev.bankstream.platform.ServiceProcess;
import dev.bankstream.schemas.RiskLevel;
import dev.bankstream.testsupport.TestPlatform;

/**
 * The packaged dashboard in headless Chromium: records go onto the output topics while the page is open; the charts
 * must draw them and a flag produced after the page loaded must appear in the live feed.
 */
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("bankstream.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("bankstream.chromedriver", "/usr/bin/chromedriver"));
    private static final LocalDate DAY = LocalDate.of(1995, 3, 1);

    private static ServiceProcess dashboard;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        // Not a skip: CI installs both (.ci/run), and a browser test that silently does not run proves nothing.
        assertThat(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM))
                .as("Chromium and chromedriver are needed at %s and %s: apt-get install -y chromium chromium-driver",
                        CHROMIUM, CHROMEDRIVER)
                .isTrue();
        TestPlatform platform = TestPlatform.get();
        dashboard = ServiceProcess.of("dashboard", Path.of(System.getProperty("bankstream.dashboard.app")))
                .against(platform.bootstrapServers(), platform.registryUrl())
                .env("BANKSTREAM_DASHBOARD_PUSH_INTERVAL", "200ms")
                // A report that ./bankstream backtest wrote on generated data (copied in as a fixture).
                .env("BANKSTREAM_DASHBOARD_BACKTESTS_DIR", Path.of("src/test/resources/backtest-fixture")
                        .toAbsolutePath().toString())
                .start(Path.of("target"));
        dashboard.awaitReady(Duration.ofSeconds(60));

        profile = Files.createTempDirectory("dashboard-chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,4200", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (dashboard != null) {
            dashboard.close();
        }
    }

    @Test
    void chartsDrawTheTopicsAndNewFlagsArriveLive() throws Exception {
        String registry = TestPlatform.get().registryUrl();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestPlatform.get().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            Instant now = Instant.now();
            send(producer, registry, Topics.INGEST_CHECKPOINTS, "it-replay", Records.checkpoint("it-replay", 10_000, DAY.minusDays(30), now.minusSeconds(2)));
            send(producer, registry, Topics.INGEST_CHECKPOINTS, "it-replay", Records.checkpoint("it-replay", 30_000, DAY, now));
            for (long account = 1; account <= 40; account++) {
                send(producer, registry, Topics.ACCOUNT_SCORES, account, Records.score(account, account / 40.0, 1 - account / 40.0));
                send(producer, registry, Topics.SEGMENT_CHANGES, account, Records.change(account, -1, (int) (account % 2), DAY.plusDays(account % 5)));
                send(producer, registry, Topics.SEGMENT_ASSIGNMENTS, account, Records.assignment(account, (int) (account % 2)));
            }
            send(producer, registry, Topics.RISK_FLAGS, 7L, Records.flag("it-flag-1", 7, RiskLevel.MEDIUM, DAY, "balance below zero on 12 days"));
            producer.flush();

            browser.get("http://127.0.0.1:" + dashboard.port() + "/");
            await("the first flag in the feed", () -> inFeed("it-flag-1"));
            for (String chart : List.of("chart-replay", "chart-flags-per-day", "chart-segment-sizes", "chart-quadrant")) {
                await("data in " + chart, () -> pointsIn(chart) > 0);
                assertThat(browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
            }
            assertThat(pointsIn("chart-quadrant")).isEqualTo(40);
            await("the backtest's flags per month", () -> pointsIn("chart-backtest") > 0);
            assertThat(browser.findElement(By.id("backtest")).getText()).startsWith("generated data, trained to"
                    + " 1996-12-31, scored 1997-01-01 to 1998-12-31: 11 defaults among 79 unseen loans");
            assertThat(browser.findElement(By.id("backtest-table")).getText())
                    .contains("loan-default (logistic-regression)", "behaviour-rules", "precision (unseen loans)", "0.26");
            assertThat(browser.findElement(By.id("replay-status")).getText()).contains("it-replay", "1995-03-01", "30,000 events");

            // Given the page is open, when a new flag is produced, then the feed shows it without a reload.
            send(producer, registry, Topics.RISK_FLAGS, 9L, Records.flag("it-flag-2", 9, RiskLevel.HIGH, DAY.plusDays(1), "sanction interest charged"));
            producer.flush();
            await("the flag produced after the page loaded, in the feed", () -> inFeed("it-flag-2"));
            assertThat(browser.findElement(By.cssSelector("#flag-feed li[data-flag-id='it-flag-2']")).getText())
                    .contains("HIGH", "account 9", "sanction interest charged");

            // The report is written from the same aggregates, with the segment-service absent.
            var report = dashboard.get("/report");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).contains("4. Strategic recommendations", "11 of 40 scored accounts (28 %) are valuable but risky",
                    "NEGATIVE_BALANCE_DAYS raises 100 % of all 2 risk flags").doesNotContain("<script");
        } finally {
            Path screenshots = Path.of(System.getProperty("bankstream.screenshots", "target/screenshots"));
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve("dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    private static boolean inFeed(String flagId) {
        return !browser.findElements(By.cssSelector("#flag-feed li[data-flag-id='" + flagId + "']")).isEmpty();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not seen within 60 s: " + what + "; the dashboard's log is " + dashboard.log());
            }
            Thread.sleep(200);
        }
    }

    /** Data points of a chart's first series, as ECharts holds them. */
    private static long pointsIn(String chart) {
        Object count = ((JavascriptExecutor) browser).executeScript(
                "const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                        + "if (!c) return 0; const s = c.getOption().series || [];"
                        + "return s.reduce((n, x) => n + (x.data ? x.data.filter(v => Array.isArray(v) ? true : v > 0).length : 0), 0);",
                chart);
        return ((Number) count).longValue();
    }

    @SuppressWarnings("unchecked")
    private static <K, V extends SpecificRecord> void send(KafkaProducer<byte[], byte[]> producer, String registry,
            TopicSpec<K, V> topic, K key, V value) {
        Serializer<V> values = AvroSerdes.valueSerde(topic, registry).serializer();
        producer.send(new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), key),
                values.serialize(topic.name(), value)));
    }
}
