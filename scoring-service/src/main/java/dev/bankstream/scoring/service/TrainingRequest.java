package dev.bankstream.scoring.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import dev.bankstream.scoring.card.DataOrigin;
import dev.bankstream.scoring.model.Algorithm;

/**
 * What to train, on which data.
 *
 * @param algorithm   logistic-regression or xgboost
 * @param origin      which data the topics hold: the model card and every summary say it
 * @param dataFolder  the replayed folder, if known: named on the card
 * @param historyEnd  last day with transactions; null = the latest outcome's as-of date
 */
public record TrainingRequest(Algorithm algorithm, DataOrigin origin, Path dataFolder, LocalDate historyEnd) {

    /** The generator writes this marker into every generated folder. */
    static final String GENERATED_MARKER = "GENERATED";

    /**
     * Reads the options of the command line and of POST /models/train: the origin is the one given, else the
     * folder's (a GENERATED marker means generated data; a trans.asc means Berka; else twm), else unknown, which is
     * refused: a model card must say which data it was trained on.
     */
    public static TrainingRequest of(String algorithm, String origin, String dataFolder, LocalDate historyEnd) {
        Algorithm chosen = algorithm == null || algorithm.isBlank() ? Algorithm.LOGISTIC_REGRESSION
                : Algorithm.fromExternalName(algorithm);
        Path folder = dataFolder == null || dataFolder.isBlank() ? null : Path.of(dataFolder).toAbsolutePath();
        DataOrigin dataOrigin;
        if (origin != null && !origin.isBlank()) {
            dataOrigin = originNamed(origin);
        } else if (folder != null) {
            dataOrigin = originOf(folder);
        } else {
            throw new IllegalArgumentException("Say which data the topics hold: --data-origin real-berka|twm|generated"
                    + " or --data FOLDER (the replayed folder; a GENERATED marker there means generated data)");
        }
        return new TrainingRequest(chosen, dataOrigin, folder, historyEnd);
    }

    private static DataOrigin originNamed(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "real-berka", "berka" -> DataOrigin.REAL_BERKA;
            case "twm" -> DataOrigin.TWM;
            case "generated" -> DataOrigin.GENERATED;
            default -> throw new IllegalArgumentException("Unknown data origin '" + name
                    + "': real-berka, twm or generated");
        };
    }

    private static DataOrigin originOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No data folder " + folder);
        }
        if (Files.exists(folder.resolve(GENERATED_MARKER))) {
            return DataOrigin.GENERATED;
        }
        return Files.exists(folder.resolve("trans.asc")) ? DataOrigin.REAL_BERKA : DataOrigin.TWM;
    }
}
