package dev.bankstream.segment.query;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.streams.state.HostInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.bankstream.schemas.AccountScore;
import dev.bankstream.segment.change.DwellState;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.quadrant.QuadrantThresholds;
import dev.bankstream.segment.quadrant.RiskValueQuadrant;

/**
 * One account's segments and quadrant. Any instance answers: a question about an account another instance owns is
 * forwarded to it over HTTP ({@code scope=instance} marks a forwarded question, answered from local state only).
 */
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

    /** @param riskValueQuadrant null while no score has arrived for the account */
    public record AccountSegmentsView(long accountId, List<SegmentPlace> segments, RiskValueQuadrant riskValueQuadrant) {
    }

    /** The account's latest score and where it puts it. */
    public record QuadrantView(long accountId, LocalDate asOfDate, RiskValueQuadrant quadrant, String action,
            double riskScore, double valueScore, Double defaultProbability, int activeRuleFlags, String modelVersion,
            QuadrantThresholds thresholds) {

        static QuadrantView of(AccountScore score, RiskValueQuadrant quadrant, QuadrantThresholds thresholds) {
            return new QuadrantView(score.getAccountId(), score.getAsOfDate(), quadrant, quadrant.action(),
                    score.getRiskScore(), score.getValueScore(), score.getDefaultProbability(),
                    score.getActiveRuleFlags(), score.getModelVersion(), thresholds);
        }
    }

    private static final String SCOPE_DESCRIPTION =
            "cluster (default) asks the instance that owns the account; instance answers from local state only";

    private final SegmentQueries queries;
    private final Cluster cluster;
    private final QuadrantThresholds thresholds;

    AccountSegmentsResource(SegmentQueries queries, Cluster cluster, QuadrantThresholds thresholds) {
        this.queries = queries;
        this.cluster = cluster;
        this.thresholds = thresholds;
    }

    @GET
    @Path("/{accountId}/segments")
    @Operation(summary = "The account's current segment in each segmentation, with a pending move if any, and its risk x value quadrant")
    public Response segments(@PathParam("accountId") long accountId,
            @Parameter(description = SCOPE_DESCRIPTION) @QueryParam("scope") @DefaultValue("cluster") String scope)
            throws IOException, InterruptedException {
        return fromOwner(accountId, scope, "/segments", () -> {
            Map<Segmentation, DwellState> states = queries.segmentsOf(accountId);
            if (states.isEmpty()) {
                return notFound("account " + accountId + " has no segment (unknown, or no model yet)");
            }
            List<SegmentPlace> places = states.entrySet().stream()
                    .map(entry -> SegmentPlace.of(entry.getKey(), entry.getValue())).toList();
            return Response.ok(new AccountSegmentsView(accountId, places,
                    queries.scores().quadrantOf(accountId).orElse(null))).build();
        });
    }

    @GET
    @Path("/{accountId}/quadrant")
    @Operation(summary = "The account's risk x value quadrant from its latest score on risk.scores, with the scores and the lines drawn")
    public Response quadrant(@PathParam("accountId") long accountId,
            @Parameter(description = SCOPE_DESCRIPTION) @QueryParam("scope") @DefaultValue("cluster") String scope)
            throws IOException, InterruptedException {
        return fromOwner(accountId, scope, "/quadrant", () -> {
            Optional<AccountScore> score = queries.scores().scoreOf(accountId);
            return score.map(found -> Response.ok(QuadrantView.of(found,
                            RiskValueQuadrant.of(found.getRiskScore(), found.getValueScore(), thresholds), thresholds))
                            .build())
                    .orElseGet(() -> notFound("no score for account " + accountId + " on risk.scores"));
        });
    }

    private Response fromOwner(long accountId, String scope, String view, Supplier<Response> local)
            throws IOException, InterruptedException {
        if (!Cluster.INSTANCE_SCOPE.equals(scope)) {
            Optional<HostInfo> owner = cluster.ownerOf(accountId);
            if (owner.isEmpty()) {
                return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                        .entity(Map.of("error", "the account's partition has no active owner right now (rebalancing)"))
                        .build();
            }
            if (!cluster.isSelf(owner.get())) {
                HttpResponse<String> answer = cluster.getText(owner.get(),
                        "/accounts/" + accountId + view + "?scope=" + Cluster.INSTANCE_SCOPE);
                return Response.status(answer.statusCode()).entity(answer.body()).type(MediaType.APPLICATION_JSON).build();
            }
        }
        return local.get();
    }

    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).entity(Map.of("error", message)).build();
    }
}
