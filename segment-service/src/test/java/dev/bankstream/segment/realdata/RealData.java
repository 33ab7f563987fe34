package dev.bankstream.segment.realdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real data sets in {@code shared/data/}, found by walking up from the working directory; tests skip, saying
 * which folder is missing, when they are absent. The tables are small enough to read whole: only the reference
 * tables are read here, never transactions (turning those into behaviour is the feature-service's job).
 */
final class RealData {

    private RealData() {
    }

    static Path requireFolder(String name) {
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

    /** Rows of a semicolon-separated file without its header; quotes and padding removed. */
    static List<String[]> rows(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(";", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].replace("\"", "").trim();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
