package dev.bankstream.scoring.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;

/**
 * Stops a command-line job from starting online scoring. A job process that scored too would join the serving
 * instances' Streams group and emit every flag a second time; the topology is only withheld when
 * bankstream.scoring.online is false, and this check runs before Kafka Streams would start.
 */
class JobModeCheck {

    /** Subcommands that run one job and exit. */
    private static final String TRAIN = "train";

    void refuseOnlineJobs(@Observes @Priority(0) StartupEvent start, @CommandLineArguments String[] arguments,
            @ConfigProperty(name = "bankstream.scoring.online") boolean online) {
        if (online && arguments.length > 0 && arguments[0].equals(TRAIN)) {
            throw new IllegalStateException("'" + TRAIN + "' is a job and must not score online: run it with"
                    + " -Dbankstream.scoring.online=false (or BANKSTREAM_SCORING_ONLINE=false)");
        }
    }
}
