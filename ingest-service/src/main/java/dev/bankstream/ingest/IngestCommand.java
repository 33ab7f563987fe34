package dev.bankstream.ingest;

import jakarta.inject.Inject;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/**
 * The ingest-service's entry point: without a command it serves (REST, metrics, health) until stopped; the
 * commands run one job and exit.
 */
@TopCommand
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Bankstream ingest-service: serves by default; replay and generate run one job and exit.",
        subcommands = {ReplayCommand.class, GenerateCommand.class})
public class IngestCommand implements Runnable {

    @Inject
    ReplayManager replays;

    /** Serving needs Kafka; generating does not, so the check is here rather than at every start. */
    @Override
    public void run() {
        replays.requireKafka();
        Quarkus.waitForExit();
    }
}
