package dev.bankstream.ingest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Values are spelled exactly as the Berka files spell them, and read back to the same value. */
class BerkaTextTest {

    @Test
    void moneyHasTwoDecimalsAndASignOnlyWhenNegative() {
        assertThat(BerkaText.money(0)).isEqualTo("0.00");
        assertThat(BerkaText.money(1_460)).isEqualTo("14.60");
        assertThat(BerkaText.money(-544_660)).isEqualTo("-5446.60");
        assertThat(BerkaText.money(-5)).isEqualTo("-0.05");
        assertThat(BerkaText.parseMoney("-5446.60")).isEqualTo(-544_660);
        assertThat(BerkaText.parseMoney("96396")).isEqualTo(9_639_600);
        assertThat(BerkaText.parseMoney("3372.7")).isEqualTo(337_270);
    }

    @Test
    void datesAreYymmddInThe1900s() {
        assertThat(BerkaText.date(LocalDate.of(1993, 1, 5))).isEqualTo("930105");
        assertThat(BerkaText.parseDate("931107 00:00:00")).isEqualTo(LocalDate.of(1993, 11, 7));
        assertThatThrownBy(() -> BerkaText.date(LocalDate.of(2000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthNumbersAddFiftyToTheMonthForWomen() {
        assertThat(new Client(1, LocalDate.of(1970, 12, 13), true, 18).birthNumber()).isEqualTo("706213");
        assertThat(new Client(2, LocalDate.of(1945, 2, 4), false, 1).birthNumber()).isEqualTo("450204");
    }
}
