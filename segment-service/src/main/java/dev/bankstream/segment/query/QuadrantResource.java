package dev.bankstream.segment.query;

import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The dashboard's risk × value view over all accounts with a score. */
@Path("/quadrants")
@Produces(MediaType.APPLICATION_JSON)
public class QuadrantResource {

    static final int MAX_SAMPLE = 5_000;

    private final SegmentQueries queries;

    QuadrantResource(SegmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Accounts per risk x value quadrant, and a fixed sample of accounts (risk, value, quadrant) for a scatter plot")
    public Response quadrants(
            @Parameter(description = "points in the sample, 0.." + MAX_SAMPLE) @QueryParam("sample") @DefaultValue("500") int sample,
            @Parameter(description = "cluster (default) merges every instance's accounts; instance gives this instance's only")
            @QueryParam("scope") @DefaultValue("cluster") String scope) {
        if (sample < 0 || sample > MAX_SAMPLE) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Map.of("error", "sample must be 0.." + MAX_SAMPLE)).build();
        }
        return Response.ok(Cluster.INSTANCE_SCOPE.equals(scope)
                ? queries.localQuadrants(sample)
                : queries.quadrants(sample)).build();
    }
}
