package dev.bankstream.scoring.service;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code train [--algorithm A] (--data-origin O | --data DIR) [--history-end D]}: trains a loan-default model on what is
 * on Kafka, prints its figures with intervals and the data they come from, writes it and publishes it. Runs with
 * bankstream.scoring.online=false ({@link JobModeCheck}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a loan-default model on features.loan-snapshots + bank.loan-outcomes, write the model"
                + " and its card under <run dir>/models/<version>/ and publish it on the models topic.")
public class TrainCommand implements Callable<Integer> {

    @Option(names = "--algorithm", defaultValue = "logistic-regression",
            description = "logistic-regression or xgboost (default logistic-regression)")
    String algorithm;

    @Option(names = "--data-origin", description = "which data the topics hold: real-berka, twm or generated")
    String dataOrigin;

    @Option(names = "--data", description = "the folder that was replayed (its GENERATED marker decides the origin"
            + " when --data-origin is not given)")
    String dataFolder;

    @Option(names = "--history-end", description = "last day with transactions, YYYY-MM-DD (default: the latest"
            + " loan outcome's as-of date); loans granted after it are left out")
    LocalDate historyEnd;

    @Inject
    TrainingJob job;

    @Override
    public Integer call() {
        TrainingReport report;
        try {
            report = job.run(TrainingRequest.of(algorithm, dataOrigin, dataFolder, historyEnd));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Training failed: " + e.getMessage());
            return 1;
        }
        report.summary().forEach(System.out::println);
        return 0;
    }
}
