package dev.bankstream.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.ingest.replay.ReplayOptions;
import dev.bankstream.ingest.replay.ReplayStatus;
import dev.bankstream.schemas.ReplayState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code replay --data DIR [--speed S] [--from D] [--until D]}: one replay with a progress bar, then a summary. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a Berka or twm folder onto Kafka in event-time order, then print a summary.")
public class ReplayCommand implements Callable<Integer> {

    private static final long POLL_MILLIS = 250;

    @Option(names = "--data", required = true, description = "Berka or twm data set folder")
    Path data;

    @Option(names = "--speed", description = "simulated seconds per second (86400 = one day per second); default: as fast as possible")
    Double speed;

    @Option(names = "--from", description = "first event date to publish, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--until", description = "last event date to publish, YYYY-MM-DD")
    LocalDate until;

    @Option(names = "--as-of", description = "the data set's as-of date for loan outcomes; default: its last transaction date")
    LocalDate asOf;

    @Option(names = "--replay-id", description = "id of a stopped replay to resume, or a name for a new one")
    String replayId;

    @Option(names = "--via", description = "run the replay in the ingest-service at this URL (e.g. http://127.0.0.1:8181) and follow it")
    URI via;

    @Inject
    ReplayManager replays;

    @Inject
    ObjectMapper json;

    @Override
    public Integer call() throws Exception {
        ProgressBar bar = new ProgressBar(System.out, System.console() != null);
        ReplayStatus status = via == null ? runHere(bar) : runThere(bar);
        bar.summary(status);
        if (via == null) {
            printPeakHeap();
        }
        return status.state() == ReplayState.FAILED ? 1 : 0;
    }

    /** The heap this JVM needed at most (the replay's memory claim is checked against it). */
    private static void printPeakHeap() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf("Peak heap used: %d MB (max heap %d MB)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private ReplayStatus runHere(ProgressBar bar) throws InterruptedException {
        replays.requireKafka();
        ReplayOptions options = replays.options(replayId, data.toAbsolutePath(), speed, from, until, asOf);
        var progress = replays.start(options);
        while (!progress.finished()) {
            bar.show(progress.snapshot());
            Thread.sleep(POLL_MILLIS);
        }
        return replays.await(options.replayId());
    }

    private ReplayStatus runThere(ProgressBar bar) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        var request = new ReplayResource.ReplayRequest(data.toAbsolutePath().toString(), speed, from, until, asOf, replayId);
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(via.resolve("/replays"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("The ingest-service at " + via + " refused the replay: " + started.body());
        }
        ReplayStatus status = json.readValue(started.body(), ReplayStatus.class);
        URI statusUri = via.resolve("/replays/" + status.replayId());
        while (status.state() == ReplayState.RUNNING) {
            bar.show(status);
            Thread.sleep(POLL_MILLIS);
            status = json.readValue(http.send(HttpRequest.newBuilder(statusUri).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body(), ReplayStatus.class);
        }
        return status;
    }
}
