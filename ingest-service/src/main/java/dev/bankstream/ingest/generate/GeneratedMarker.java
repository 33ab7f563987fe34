package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code GENERATED} file that tells readers, and people, that a folder is not (only) real bank data. It is
 * written before any data file, so even an interrupted run is never mistaken for real data, and rewritten with the
 * row counts at the end.
 */
final class GeneratedMarker {

    static void write(Path folder, List<String> lines, String lineEnd) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append(lineEnd);
        }
        Files.writeString(folder.resolve(BerkaLayout.MARKER), text, StandardCharsets.US_ASCII);
    }

    private GeneratedMarker() {
    }
}
