package dev.bankstream.ingest.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankDataSetTest {

    @TempDir
    Path folder;

    @Test
    void aFolderOfNeitherFormatIsRefusedWithTheFilesLookedFor() throws IOException {
        // Given a folder with some unrelated file
        Files.writeString(folder.resolve("readme.txt"), "hello");

        // When it is opened
        // Then the error names the folder and both marker files
        assertThatThrownBy(() -> BankDataSet.open(folder, new RecordedRejects()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("account.asc")
                .hasMessageContaining("twm_customer.csv");
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = folder.resolve("nowhere");

        assertThatThrownBy(() -> BankDataSet.open(missing, new RecordedRejects()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such directory")
                .hasMessageContaining(missing.toString());
    }
}
