package dev.bankstream.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestStreamElementType;

import dev.bankstream.dashboard.feed.RejectedRecords;
import dev.bankstream.dashboard.view.BacktestHeadline;
import dev.bankstream.dashboard.view.DashboardState;
import dev.bankstream.dashboard.view.DataSetKind;
import dev.bankstream.dashboard.view.DemoSummary;
import io.smallrye.mutiny.Multi;

/** What the page shows from the topics: the whole state once, then a push whenever it changed. */
@Path("/dashboard")
public class DashboardResource {

    private final DashboardState state;
    private final RejectedRecords rejects;
    private final RunFiles files;
    private final Duration pushInterval;

    DashboardResource(DashboardState state, RejectedRecords rejects, RunFiles files,
            @ConfigProperty(name = "bankstream.dashboard.push-interval") Duration pushInterval) {
        this.state = state;
        this.rejects = rejects;
        this.files = files;
        this.pushInterval = pushInterval;
    }

    @GET
    @Path("/state")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the dashboard has aggregated from the topics")
    public DashboardState.Snapshot snapshot() {
        return state.snapshot();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: the state at once, then again at most once per push interval when it changed")
    public Multi<DashboardState.Snapshot> stream() {
        AtomicLong sent = new AtomicLong(-1);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(pushInterval)
                .filter(tick -> state.version() != sent.get())
                .map(tick -> {
                    DashboardState.Snapshot snapshot = state.snapshot();
                    sent.set(snapshot.version());
                    return snapshot;
                });
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The demo's summary in lines: data set, flags, segments, model AUC, backtest")
    public String summary(@Parameter(description = "when the demo started (epoch milliseconds), to time the first flag")
            @QueryParam("startedAt") Long startedAt) {
        DashboardState.Snapshot snapshot = state.snapshot();
        String kind = DataSetKind.of(snapshot.replay() == null ? null : snapshot.replay().dataSet());
        String backtest = files.latestBacktest().map(BacktestHeadline::of).orElse(null);
        Instant started = startedAt == null ? null : Instant.ofEpochMilli(startedAt);
        return String.join("\n", DemoSummary.lines(snapshot, kind, started, backtest)) + "\n";
    }

    @GET
    @Path("/features-as-of")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The latest business day of any behaviour snapshot (empty before the first): how far the features have got")
    public String featuresAsOf() {
        LocalDate asOf = state.featuresAsOf();
        return asOf == null ? "" : asOf.toString();
    }

    @GET
    @Path("/rejects")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest records the dashboard could not decode, with the reason")
    public List<RejectedRecords.Rejected> rejects() {
        return rejects.latest();
    }
}
