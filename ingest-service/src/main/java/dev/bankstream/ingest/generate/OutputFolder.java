package dev.bankstream.ingest.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where generated files go; never a folder that already holds real (unmarked) Berka data. */
final class OutputFolder {

    /** Creates the folder, or checks an existing one does not hold real data the generator would overwrite. */
    static Path prepare(Path folder) throws IOException {
        if (Files.isDirectory(folder) && !Files.exists(folder.resolve(BerkaLayout.MARKER))) {
            for (String table : BerkaLayout.TABLES) {
                if (Files.exists(folder.resolve(table))) {
                    throw new IllegalArgumentException(folder + " holds Berka files without a " + BerkaLayout.MARKER
                            + " marker, so they may be real data; refusing to overwrite them");
                }
            }
        }
        return Files.createDirectories(folder);
    }

    private OutputFolder() {
    }
}
