package dev.bankstream.backtest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which data a folder holds, in the words every report uses, so that no figure is read as coming from elsewhere. */
final class DataSets {

    private DataSets() {
    }

    static String describe(Path folder) {
        if (Files.exists(folder.resolve("GENERATED"))) {
            return "generated data";
        }
        if (Files.exists(folder.resolve("trans.asc"))) {
            return "real Berka";
        }
        return "twm";
    }
}
