package dev.bankstream.backtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's ground-truth.csv ({@code account_id;profile;distress_onset;...}): when each account's distress
 * began. Real data has no such file, and then there is nothing to read.
 */
final class GroundTruth {

    static final String FILE = "ground-truth.csv";

    private GroundTruth() {
    }

    /** Per account, the start of its distress; empty when the folder has no ground truth. */
    static Map<Long, LocalDate> distressOnsets(Path dataFolder) throws IOException {
        Path file = dataFolder.resolve(FILE);
        Map<Long, LocalDate> onsets = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return onsets;
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = lines.readLine();
            List<String> columns = header == null ? List.of() : Arrays.asList(header.strip().split(";"));
            int account = columns.indexOf("account_id");
            int onset = columns.indexOf("distress_onset");
            if (account < 0 || onset < 0) {
                throw new IllegalArgumentException(file + ": the header has no account_id or distress_onset column: "
                        + header);
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String[] cells = line.strip().split(";", -1);
                if (cells.length <= Math.max(account, onset) || cells[onset].isEmpty()) {
                    continue;
                }
                try {
                    onsets.put(Long.parseLong(cells[account]), LocalDate.parse(cells[onset]));
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage() + ": " + line,
                            e);
                }
            }
        }
        return onsets;
    }
}
