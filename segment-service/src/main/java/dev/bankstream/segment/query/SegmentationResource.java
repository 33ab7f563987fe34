package dev.bankstream.segment.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.bankstream.segment.model.KCandidate;
import dev.bankstream.segment.model.Segment;
import dev.bankstream.segment.model.Segmentation;
import dev.bankstream.segment.model.SegmentationModel;
import dev.bankstream.segment.topology.CurrentModels;
import dev.bankstream.segment.training.ModelTraining;
import dev.bankstream.segment.view.SegmentProfiles;

/** The segmentations in service, their dashboard views, and training. */
@Path("/segmentations")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentationResource {

    static final int MAX_HISTORY_ITERATIONS = 100;

    /** One segmentation as the dashboard lists it; {@code version} is null while no model is in service. */
    public record SegmentationSummary(String id, String modelName, String version, Integer generation, Integer k,
            String kRule, List<KCandidate> candidates, List<Segment> segments) {
    }

    private final CurrentModels models;
    private final SegmentationViews views;
    private final ModelTraining training;

    SegmentationResource(CurrentModels models, SegmentationViews views, ModelTraining training) {
        this.models = models;
        this.views = views;
        this.training = training;
    }

    @GET
    @Operation(summary = "Each segmentation's model in service: version, chosen k, silhouette and Davies-Bouldin per k tried, segments")
    public List<SegmentationSummary> list() {
        CurrentModels.Snapshot inService = models.now();
        List<SegmentationSummary> summaries = new ArrayList<>();
        for (Segmentation segmentation : Segmentation.values()) {
            summaries.add(inService.segmentation(segmentation)
                    .map(model -> new SegmentationSummary(segmentation.id(), segmentation.modelName(), model.version(),
                            model.generation(), model.k(), KCandidate.RULE, model.candidates(), model.segments()))
                    .orElse(new SegmentationSummary(segmentation.id(), segmentation.modelName(), null, null, null,
                            KCandidate.RULE, List.of(), List.of())));
        }
        return summaries;
    }

    @POST
    @Path("/train")
    @Operation(summary = "Train both segmentations and the recommender on every account's latest behaviour and publish them on the models topic")
    public Response train() {
        try {
            return Response.ok(training.train()).build();
        } catch (ModelTraining.NotEnoughAccountsException e) {
            return Response.status(Response.Status.CONFLICT).entity(error(e.getMessage())).build();
        }
    }

    @GET
    @Path("/{id}/profiles")
    @Operation(summary = "Segment profiles: centroids in raw units, sizes, and radar-chart values (each feature 0..1 across segments)")
    public Response profiles(@PathParam("id") String id) {
        return withModel(id, model -> Response.ok(SegmentProfiles.of(model)).build());
    }

    @GET
    @Path("/{id}/pca")
    @Operation(summary = "Accounts and centroids on the first two principal components, with their segment, for a scatter plot")
    public Response pca(@PathParam("id") String id) {
        return withModel(id, model -> Response.ok(views.pca(model)).build());
    }

    @GET
    @Path("/{id}/kmeans-history")
    @Operation(summary = "Centroids and assignments after each of the first K-means iterations (same seed), to animate convergence")
    public Response kmeansHistory(@PathParam("id") String id,
            @Parameter(description = "iterations to replay, 1.." + MAX_HISTORY_ITERATIONS)
            @QueryParam("iterations") @DefaultValue("25") int iterations) {
        if (iterations < 1 || iterations > MAX_HISTORY_ITERATIONS) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(error("iterations must be 1.." + MAX_HISTORY_ITERATIONS)).build();
        }
        return withModel(id, model -> Response.ok(views.kmeansHistory(model, iterations)).build());
    }

    private Response withModel(String id, Function<SegmentationModel, Response> view) {
        Segmentation segmentation;
        try {
            segmentation = Segmentation.byId(id);
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.NOT_FOUND).entity(error(e.getMessage())).build();
        }
        return models.now().segmentation(segmentation).map(view)
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(error("no " + id + " model in service yet: POST /segmentations/train")).build());
    }

    static Map<String, String> error(String message) {
        return Map.of("error", message);
    }
}
