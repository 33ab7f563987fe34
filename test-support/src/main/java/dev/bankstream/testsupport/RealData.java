package dev.bankstream.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data sets in {@code shared/data/}, found by walking up from the working directory (tests run in the
 * module folder, the data lives beside the project checkout). Tests that need a folder skip, saying which, when it
 * is absent.
 */
public final class RealData {

    private RealData() {
    }

    public static Path requireFolder(String name) {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "Real data set folder shared/data/" + name + " not found above " + start
                + ": skipping the test on real data");
        throw new IllegalStateException("unreachable");
    }
}
