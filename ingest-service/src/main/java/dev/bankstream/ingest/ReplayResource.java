package dev.bankstream.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.bankstream.ingest.replay.ReplayStatus;

/** Start, watch and stop replays. */
@jakarta.ws.rs.Path("/replays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplayResource {

    /**
     * @param dataSet  folder of a Berka or twm data set, as the service sees it
     * @param speed    simulated seconds per second (86400 = a day per second); absent = as fast as possible
     * @param replayId reuse a stopped replay's id to resume it; absent = a new id
     */
    public record ReplayRequest(String dataSet, Double speed, LocalDate from, LocalDate until, LocalDate asOf,
            String replayId) {
    }

    @Inject
    ReplayManager replays;

    @POST
    @Operation(summary = "Start a replay (or resume a stopped one by its id)")
    public Response start(ReplayRequest request) {
        if (request == null || request.dataSet() == null || request.dataSet().isBlank()) {
            return badRequest("dataSet (a folder path) is required");
        }
        Path folder = Path.of(request.dataSet());
        if (!java.nio.file.Files.isDirectory(folder)) {
            return badRequest("No such folder (as the ingest-service sees it): " + folder);
        }
        try {
            var options = replays.options(request.replayId(), folder, request.speed(),
                    request.from(), request.until(), request.asOf());
            ReplayStatus status = replays.start(options).snapshot();
            return Response.accepted(status).header("Location", "/replays/" + status.replayId()).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return badRequest(e.getMessage());
        }
    }

    @GET
    @Operation(summary = "Every replay this service ran or runs")
    public List<ReplayStatus> list() {
        return replays.all();
    }

    @GET
    @jakarta.ws.rs.Path("/{id}")
    @Operation(summary = "Progress of one replay: events/s, simulated date, ETA, counts per topic and file")
    public ReplayStatus status(@PathParam("id") String id) {
        return replays.status(id).orElseThrow(() -> new NotFoundException("No replay " + id));
    }

    @DELETE
    @jakarta.ws.rs.Path("/{id}")
    @Operation(summary = "Stop a replay at a checkpoint; start it again with the same id to resume")
    public ReplayStatus stop(@PathParam("id") String id) throws InterruptedException {
        return replays.stop(id, 10_000).orElseThrow(() -> new NotFoundException("No replay " + id));
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(java.util.Map.of("error", message)).build();
    }
}
