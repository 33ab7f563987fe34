package dev.bankstream.segment.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;

/** An account's current segments, answered from this instance's state. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountSegmentsResource {

    /**
     * The account's place in one segmentation.
     *
     * @param candidate          a different segment recent snapshots point to, not yet confirmed by the dwell rule
     * @param candidateSnapshots how many consecutive snapshots pointed to it
     */
    public record SegmentPlace(String segmentation, Segment segment, LocalDate since, String modelVersion,
            Segment candidate, int candidateSnapshots, LocalDate lastSnapshot) {

        static SegmentPlace of(Segmentation segmentation, DwellState state) {
            return new SegmentPlace(segmentation.id(), state.current(), state.currentSince(),
                    state.currentModelVersion(), state.candidate(), state.candidateSnapshots(), state.lastSeen());
        }
    }

    public record AccountSegmentsView(long accountId, List<SegmentPlace> segments) {
    }

    private final SegmentQueries queries;

    AccountSegmentsResource(SegmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/{accountId}/segments")
    @Operation(summary = "The account's current segment in each segmentation, with a pending move if any")
    public Response segments(@PathParam("accountId") long accountId) {
        Map<Segmentation, DwellState> states = queries.segmentsOf(accountId);
        if (states.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("error", "account " + accountId + " has no segment here (unknown, or no model yet)"))
                    .build();
        }
        List<SegmentPlace> places = states.entrySet().stream()
                .map(entry -> SegmentPlace.of(entry.getKey(), entry.getValue())).toList();
        return Response.ok(new AccountSegmentsView(accountId, places)).build();
    }
}
