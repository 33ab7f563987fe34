package dev.bankstream.dashboard.web;

import java.util.Map;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.dashboard.view.DashboardState;
import dev.bankstream.dashboard.view.DemoSummary;
import dev.bankstream.dashboard.view.ModelsSeen;

/** Views the page takes from the other services and from the run directory, served from the dashboard's origin. */
@Path("/views")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceViewsResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServiceClient services;
    private final RunFiles files;
    private final DashboardState state;

    ServiceViewsResource(ServiceClient services, RunFiles files, DashboardState state) {
        this.services = services;
        this.files = files;
        this.state = state;
    }

    @GET
    @Path("/segmentations")
    @Operation(summary = "The segment-service's segmentations in service")
    public Response segmentations() {
        return services.relay("segment", "/segmentations");
    }

    @GET
    @Path("/segmentations/{id}/{view: profiles|pca}")
    @Operation(summary = "Segment profiles (radar data) or the PCA projection, from the segment-service")
    public Response segmentationView(@PathParam("id") String id, @PathParam("view") String view) {
        return services.relay("segment", "/segmentations/" + encode(id) + "/" + view);
    }

    @GET
    @Path("/segmentations/{id}/kmeans-history")
    @Operation(summary = "K-means iterations for the animation, from the segment-service")
    public Response kmeansHistory(@PathParam("id") String id, @QueryParam("iterations") @DefaultValue("25") int iterations) {
        return services.relay("segment", "/segmentations/" + encode(id) + "/kmeans-history?iterations=" + iterations);
    }

    @GET
    @Path("/recommendations/evaluation")
    @Operation(summary = "Hit rate@3 of the offers against the most-popular baseline, from the segment-service")
    public Response recommendations() {
        return services.relay("segment", "/recommendations/evaluation");
    }

    @GET
    @Path("/models")
    @Operation(summary = "The scoring-service's models in service")
    public Response models() {
        return services.relay("scoring", "/models");
    }

    @GET
    @Path("/replays")
    @Operation(summary = "The ingest-service's replays")
    public Response replays() {
        return services.relay("ingest", "/replays");
    }

    @GET
    @Path("/model-card")
    @Operation(summary = "The card (JSON, with ROC and PR curves) of the latest loan-default model on the models topic")
    public Response modelCard() {
        ModelsSeen.Model model = state.snapshot().models().stream()
                .filter(m -> m.name().equals(DemoSummary.LOAN_DEFAULT)).findFirst().orElse(null);
        if (model == null) {
            return notFound("no loan-default model published yet");
        }
        return files.modelCard(model.version())
                .map(card -> Response.ok(card).build())
                .orElseGet(() -> notFound("model " + model.version() + " is in service but its card is not in"
                        + " BANKSTREAM_DASHBOARD_MODELS_DIR on this machine"));
    }

    @GET
    @Path("/backtest")
    @Operation(summary = "The newest backtest report (JSON) the scoring-service wrote, if any")
    public Response backtest() {
        return files.latestBacktest()
                .map(report -> Response.ok(report).build())
                .orElseGet(() -> notFound("no backtest yet (none under " + files.backtestsDir() + ")"));
    }

    private static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).entity(error(message)).build();
    }

    private static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String error(String message) {
        try {
            return JSON.writeValueAsString(Map.of("error", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
