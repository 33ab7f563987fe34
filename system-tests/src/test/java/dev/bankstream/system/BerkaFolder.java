package dev.bankstream.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the real Berka data set lives: {@code shared/data/berka} in the working directory or any folder above it. */
final class BerkaFolder {

    static final Path RELATIVE = Path.of("shared", "data", "berka");

    private BerkaFolder() {
    }

    static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate.resolve("trans.asc"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
