package dev.bankstream.segment.realdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real data sets' small tables, read whole (found with test-support's RealData): only the reference tables are
 * read here, never transactions (turning those into behaviour is the feature-service's job).
 */
final class ReferenceTables {

    private ReferenceTables() {
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
