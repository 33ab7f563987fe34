package dev.bankstream.scoring.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.bankstream.scoring.card.ModelCard;
import dev.bankstream.scoring.card.ModelCardWriter;
import dev.bankstream.scoring.model.LoanDefaultModel;
import dev.bankstream.scoring.model.ModelPackage;

/** A trained, evaluated and packaged model with its card. */
public record TrainingResult(LoanDefaultModel model, ModelPackage modelPackage, ModelCard card) {

    /**
     * Writes the model file and the card (JSON and HTML) into a folder, named after the version so that versions
     * never overwrite each other.
     *
     * @return the files written: model, card JSON, card HTML
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        String base = modelPackage.fileName().replaceFirst("\\.tribuo$", "");
        Path modelFile = Files.write(folder.resolve(modelPackage.fileName()), modelPackage.payload());
        Path json = Files.writeString(folder.resolve(base + ".card.json"), ModelCardWriter.json(card),
                StandardCharsets.UTF_8);
        Path html = Files.writeString(folder.resolve(base + ".card.html"), ModelCardWriter.html(card),
                StandardCharsets.UTF_8);
        return List.of(modelFile, json, html);
    }
}
