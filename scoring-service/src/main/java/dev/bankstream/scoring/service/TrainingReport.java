package dev.bankstream.scoring.service;

import java.util.List;

/**
 * What a training job did, for the terminal and for POST /models/train.
 *
 * @param version   the new model's version
 * @param origin    real Berka, twm or generated
 * @param trainedOn the card's one-sentence description of the data
 * @param folder    where the model file and card were written
 * @param files     model file, card JSON, card HTML
 * @param summary   the figures, one line each, as printed
 */
public record TrainingReport(String version, String origin, String trainedOn, String folder, List<String> files,
        List<String> summary) {
}
