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

import dev.bankstream.segment.recommend.HitRateEvaluation;
import dev.bankstream.segment.recommend.HoldingsMatrix;

/** How good the offers are, measured on the accounts' current holdings. */
@Path("/recommendations")
@Produces(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    /** Fixed, so that the same holdings give the same report. */
    static final long EVALUATION_SEED = 19990701L;

    private final SegmentQueries queries;

    RecommendationResource(SegmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/evaluation")
    @Operation(summary = "Leave-one-out hit rate@k of the item-item recommender against the most-popular baseline")
    public Response evaluation(@Parameter(description = "offers per account, 1..8") @QueryParam("k") @DefaultValue("3") int k) {
        if (k < 1 || k > 8) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", "k must be 1..8")).build();
        }
        HoldingsMatrix holdings = HoldingsMatrix.fromSnapshots(queries.allSnapshots());
        try {
            return Response.ok(HitRateEvaluation.evaluate(holdings, k, EVALUATION_SEED)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error", e.getMessage())).build();
        }
    }
}
