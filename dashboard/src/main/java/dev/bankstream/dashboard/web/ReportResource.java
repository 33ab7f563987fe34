package dev.bankstream.dashboard.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.bankstream.dashboard.report.ReportBuilder;
import dev.bankstream.dashboard.report.ReportData;
import dev.bankstream.dashboard.view.DashboardState;
import dev.bankstream.dashboard.view.DataSetKind;

/** The report: one self-contained HTML page (./bankstream report saves it). */
@Path("/report")
public class ReportResource {

    private static final Logger LOG = Logger.getLogger(ReportResource.class);
    private static final List<String> SEGMENTATIONS = List.of("behavioural", "demographic");
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final DashboardState state;
    private final ServiceClient services;

    ReportResource(DashboardState state, ServiceClient services) {
        this.state = state;
        this.services = services;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Segmentation, behaviour by demographics, predictive insights and recommendations, as one HTML page")
    public String report() {
        DashboardState.Snapshot snapshot = state.snapshot();
        String folder = snapshot.replay() == null ? null : snapshot.replay().dataSet();
        String dataSet = folder == null ? "no replay seen yet" : folder + " (" + DataSetKind.of(folder) + ")";
        List<ReportData.Profiles> profiles = new ArrayList<>();
        for (String segmentation : SEGMENTATIONS) {
            read("/segmentations/" + segmentation + "/profiles", ReportData.Profiles.class, profiles);
        }
        List<ReportData.Recommender> recommender = new ArrayList<>();
        read("/recommendations/evaluation", ReportData.Recommender.class, recommender);
        return ReportBuilder.html(new ReportData(Instant.now(), dataSet, snapshot, profiles,
                recommender.isEmpty() ? null : recommender.get(0)));
    }

    /** Adds the segment-service's view when it has one; the report says what is missing instead of failing. */
    private <T> void read(String path, Class<T> type, List<T> into) {
        ServiceClient.Answer answer = services.get("segment", path);
        if (!answer.ok()) {
            LOG.infof("Report without %s: %s", path, answer.body());
            return;
        }
        try {
            into.add(JSON.readValue(answer.body(), type));
        } catch (JsonProcessingException e) {
            LOG.warnf("Report without %s: the segment-service's answer does not read as expected (%s)", path, e.getOriginalMessage());
        }
    }
}
