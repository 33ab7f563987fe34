package dev.bankstream.ingest.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to extend: a real (possibly partial) Berka folder, continued past its last transaction up to and including
 * {@code until}, written to {@code outputFolder}. The real folder is only read.
 */
public record ExtensionOptions(Path realFolder, Path outputFolder, LocalDate until, long seed) {

    public ExtensionOptions {
        Objects.requireNonNull(realFolder, "realFolder");
        Objects.requireNonNull(outputFolder, "outputFolder");
        Objects.requireNonNull(until, "until");
        if (until.isAfter(BerkaText.LAST_WRITABLE_DAY)) {
            throw new IllegalArgumentException("Berka dates have two-digit years: until must be in the 1900s, was "
                    + until);
        }
        if (realFolder.toAbsolutePath().normalize().equals(outputFolder.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("the output folder must differ from the real folder: " + realFolder);
        }
    }

    /** Extends to the end of the Berka period with the default seed. */
    public static ExtensionOptions of(Path realFolder, Path outputFolder) {
        return new ExtensionOptions(realFolder, outputFolder, GeneratorOptions.DEFAULT_LAST_DAY,
                GeneratorOptions.DEFAULT_SEED);
    }

    public ExtensionOptions withUntil(LocalDate newUntil) {
        return new ExtensionOptions(realFolder, outputFolder, newUntil, seed);
    }

    public ExtensionOptions withSeed(long newSeed) {
        return new ExtensionOptions(realFolder, outputFolder, until, newSeed);
    }
}
