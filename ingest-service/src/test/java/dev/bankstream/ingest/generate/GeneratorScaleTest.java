package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default options reproduce the real bank's size: about 4,500 accounts and a million transactions. Checked on
 * a tenth of the bank, since volume is per account; the full run is opt-in.
 */
class GeneratorScaleTest {

    @TempDir
    Path folder;

    @Test
    void defaultOptionsDescribeTheBerkaBank() {
        GeneratorOptions defaults = GeneratorOptions.defaults(folder);

        assertThat(defaults.scale()).isEqualTo(1.0);
        assertThat(defaults.firstDay()).isEqualTo(LocalDate.of(1993, 1, 1));
        assertThat(defaults.lastDay()).isEqualTo(LocalDate.of(1998, 12, 31));
        assertThat(defaults.accountCount()).isEqualTo(4_500);
        assertThat(defaults.withScale(3).accountCount()).isEqualTo(13_500);
    }

    @Test
    void aTenthOfTheBankHasATenthOfItsVolumeAndItsProductShares() {
        // Given a tenth of the default bank
        GenerationSummary summary = BerkaGenerator.generate(GeneratorOptions.defaults(folder).withScale(0.1));

        // Then the rows per account extrapolate to the real bank's totals
        Map<String, Long> rows = summary.rowsPerFile();
        long accounts = rows.get("account.asc");
        assertThat(accounts).isEqualTo(450);
        assertThat(rows.get("trans.asc") * 10).isBetween(900_000L, 1_250_000L);
        assertThat(rows.get("client.asc") / (double) accounts).isBetween(1.12, 1.28);
        assertThat(rows.get("order.asc") / (double) accounts).isBetween(1.25, 1.65);
        assertThat(rows.get("loan.asc") / (double) accounts).isBetween(0.11, 0.20);
        assertThat(rows.get("card.asc") / (double) accounts).isBetween(0.14, 0.26);
        assertThat(rows.get("district.asc")).isEqualTo(77);
        assertThat(summary.generatedTransactions()).isEqualTo(rows.get("trans.asc"));
        assertThat(summary.lines().get(0)).startsWith("GENERATED DATA").contains("seed 1999", "scale 0.1");
    }

    @Test
    void optionsOutsideWhatBerkaCanExpressAreRefused() {
        assertThatThrownBy(() -> GeneratorOptions.defaults(folder).withScale(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
        assertThatThrownBy(() -> GeneratorOptions.defaults(folder)
                .withPeriod(LocalDate.of(1995, 1, 1), LocalDate.of(2001, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two-digit years");
    }

    /** The whole default bank; run with -Dbankstream.generator.full=true (takes a few seconds, writes ~70 MB). */
    @Test
    @Tag("full-scale")
    @EnabledIfSystemProperty(named = "bankstream.generator.full", matches = "true")
    void theFullDefaultBankHasAbout4500AccountsAndAMillionTransactions() throws IOException {
        long started = System.nanoTime();
        GenerationSummary summary = BerkaGenerator.generate(GeneratorOptions.defaults(folder));
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(summary.rowsPerFile().get("account.asc")).isEqualTo(4_500);
        assertThat(summary.rowsPerFile().get("trans.asc")).isBetween(950_000L, 1_200_000L);
        System.out.printf("full default generation: %.1f s, trans.asc %d bytes%n", seconds,
                Files.size(folder.resolve("trans.asc")));
    }
}
