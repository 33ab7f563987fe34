package dev.bankstream.dashboard.view;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which kind of data a replayed folder holds, told the way the ingest- and scoring-services tell it. */
public final class DataSetKind {

    private DataSetKind() {
    }

    public static String of(String folder) {
        if (folder == null) {
            return "unknown data set";
        }
        Path path = Path.of(folder);
        if (Files.exists(path.resolve("GENERATED"))) {
            return "generated data";
        }
        if (Files.exists(path.resolve("trans.asc"))) {
            return "real Berka data";
        }
        return Files.isDirectory(path) ? "twm data" : "data set no longer on this machine";
    }
}
