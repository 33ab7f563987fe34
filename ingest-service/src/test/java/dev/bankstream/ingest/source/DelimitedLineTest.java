package dev.bankstream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DelimitedLineTest {

    private final DelimitedLine line = new DelimitedLine(';');

    @Test
    void quotedBareAndSpaceEmptiesAreAllEmpty() {
        // Given a Berka line with every spelling of "nothing": "", " " and bare empty fields
        line.parse("1;\"\";\" \";;\"x\"");

        // Then they all read as empty, and the quoted value loses its quotes
        assertThat(line.size()).isEqualTo(5);
        assertThat(line.isEmpty(1)).isTrue();
        assertThat(line.isEmpty(2)).isTrue();
        assertThat(line.isEmpty(3)).isTrue();
        assertThat(line.textOrNull(3)).isNull();
        assertThat(line.text(4)).isEqualTo("x");
    }

    @Test
    void charPaddingIsTrimmed() {
        // Given twm fields padded to their CHAR width
        line.parse("M ;CK  ;        ;Las Vegas     ");

        // Then the values are trimmed, and a blank field is empty
        assertThat(line.text(0)).isEqualTo("M");
        assertThat(line.is(1, "CK")).isTrue();
        assertThat(line.isEmpty(2)).isTrue();
        assertThat(line.text(3)).isEqualTo("Las Vegas");
    }

    @Test
    void trailingSeparatorsMakeEmptyFields() {
        line.parse("1;2;;");

        assertThat(line.size()).isEqualTo(4);
        assertThat(line.isEmpty(3)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "700.00|700.00", "96396|96396.00", "7.6|7.60", "-200.00|-200.00", "0.00|0.00", "\"1.5\"|1.50"})
    void amountsBecomeHundredths(String field, String expected) {
        line.parse(field);

        assertThat(line.money(0, "amount")).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12x.00", "1.2.3", ".5", "5.", "-", "1e3", "NaN", "1,5"})
    void malformedAmountsAreBadLines(String field) {
        line.parse(field);

        assertThatThrownBy(() -> line.hundredths(0, "amount"))
                .isInstanceOf(BadLineException.class)
                .hasMessage("bad number in amount: '" + field + "'");
    }

    @Test
    void moreThanTwoDecimalsIsABadLine() {
        line.parse("1.234");

        assertThatThrownBy(() -> line.hundredths(0, "amount")).hasMessageContaining("more than 2 decimals in amount");
    }

    @Test
    void amountsMustFitTheContractsDecimal14Scale2() {
        line.parse("999999999999.99;1000000000000.00");

        assertThat(line.money(0, "amount")).isEqualTo(new BigDecimal("999999999999.99"));
        assertThatThrownBy(() -> line.hundredths(1, "amount"))
                .hasMessage("more than 12 digits before the point in amount: '1000000000000.00'");
    }

    @Test
    void wholeNumbersAndTheirOverflow() {
        line.parse("9223372036854775807;9223372036854775808;-17;2147483648");

        assertThat(line.longValue(0, "a")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> line.longValue(1, "b")).hasMessage("bad number in b: '9223372036854775808'");
        assertThat(line.intValue(2, "c")).isEqualTo(-17);
        assertThatThrownBy(() -> line.intValue(3, "d")).hasMessage("bad number in d: '2147483648'");
    }

    @Test
    void decimalNumbersAreStrict() {
        line.parse("48.4;0.29;Infinity;1e5");

        assertThat(line.doubleValue(0, "A10")).isEqualTo(48.4);
        assertThat(line.doubleValue(1, "A12")).isEqualTo(0.29);
        assertThatThrownBy(() -> line.doubleValue(2, "A13")).hasMessage("bad number in A13: 'Infinity'");
        assertThatThrownBy(() -> line.doubleValue(3, "A14")).hasMessage("bad number in A14: '1e5'");
    }

    @Test
    void aMissingNumberSaysItIsMissing() {
        line.parse(";\"\"");

        assertThatThrownBy(() -> line.longValue(0, "trans_id")).hasMessage("missing trans_id");
        assertThatThrownBy(() -> line.hundredths(1, "amount")).hasMessage("missing amount");
    }

    @Test
    void anUnbalancedQuoteIsABadLine() {
        assertThatThrownBy(() -> line.parse("1;\"PRIJEM;2"))
                .isInstanceOf(BadLineException.class)
                .hasMessage("unbalanced quote in field 2");
    }
}
