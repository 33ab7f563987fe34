package dev.bankstream.scoring.service;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/**
 * The scoring-service's entry point: without a command it serves (online scoring, REST, metrics, health) until
 * stopped; {@code train} runs one job and exits.
 */
@TopCommand
@Command(name = "scoring", mixinStandardHelpOptions = true,
        description = "Bankstream scoring-service: serves by default; train runs one job and exits.",
        subcommands = {TrainCommand.class})
public class ScoringCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
