package dev.bankstream.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The build gate: a schema change must stay BACKWARD compatible with the released schemas. */
class SchemaCompatibilityTest {

    private static final Path CURRENT = Path.of("src/main/avro");
    private static final Path RELEASED = Path.of("released");
    private static final Path BROKEN = Path.of("src/test/resources/broken");

    @Test
    void currentSchemasCanReadEverythingWrittenWithTheReleasedOnes() {
        SchemaSet released = SchemaSet.read(RELEASED);
        SchemaSet current = SchemaSet.read(CURRENT);

        assertThat(released.size()).as("released schemas").isGreaterThanOrEqualTo(Topics.ALL.size() - 3);
        assertThat(SchemaSet.backwardIncompatibilities(released, current)).isEmpty();
    }

    @Test
    void aRequiredFieldWithoutDefaultIsRejected() {
        // Given the released schemas where Transaction gained a required field without a default
        SchemaSet released = SchemaSet.read(RELEASED);
        SchemaSet broken = SchemaSet.read(RELEASED, BROKEN);

        // Then the gate names Transaction and the missing default, and nothing else
        assertThat(SchemaSet.backwardIncompatibilities(released, broken))
                .singleElement().asString()
                .startsWith("dev.bankstream.schemas.Transaction")
                .contains("channel");
    }
}
