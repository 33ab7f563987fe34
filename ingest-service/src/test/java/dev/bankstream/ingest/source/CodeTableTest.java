package dev.bankstream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CodeTableTest {

    private final DelimitedLine line = new DelimitedLine(';');

    @Test
    void codesOfTheSameShapeAreToldApart() {
        // Given codes that share length, first and last character, and the empty code
        var table = new CodeTable<>("kind", Map.of("ACB", 1, "ADB", 2, "AB", 3, "", 4));

        // Then each decodes to its own value, quoted or not
        line.parse("ACB;\"ADB\";AB; ");
        assertThat(table.decode(line, 0)).isEqualTo(1);
        assertThat(table.decode(line, 1)).isEqualTo(2);
        assertThat(table.decode(line, 2)).isEqualTo(3);
        assertThat(table.decode(line, 3)).isEqualTo(4);
    }

    @Test
    void anUnknownCodeOfAKnownShapeIsRefused() {
        var table = new CodeTable<>("kind", Map.of("ACB", 1, "ADB", 2));

        line.parse("AEB;X");
        assertThatThrownBy(() -> table.decode(line, 0)).isInstanceOf(BadLineException.class).hasMessage("unknown kind 'AEB'");
        assertThatThrownBy(() -> table.decode(line, 1)).isInstanceOf(BadLineException.class).hasMessage("unknown kind 'X'");
    }
}
