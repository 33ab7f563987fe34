package dev.bankstream.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.bankstream.dashboard.feed.RejectedRecords;
import dev.bankstream.dashboard.view.DashboardState;

/** The plain aggregates, made CDI beans with their settings from application.properties. */
class DashboardBeans {

    @Produces
    @ApplicationScoped
    DashboardState state(@ConfigProperty(name = "bankstream.dashboard.feed-size") int feedSize,
            @ConfigProperty(name = "bankstream.dashboard.max-points") int maxPoints,
            @ConfigProperty(name = "bankstream.dashboard.quadrant.high-risk-from") double highRiskFrom,
            @ConfigProperty(name = "bankstream.dashboard.quadrant.high-value-from") double highValueFrom,
            @ConfigProperty(name = "bankstream.dashboard.economics-segmentation") String economicsSegmentation) {
        return new DashboardState(new DashboardState.Settings(feedSize, maxPoints, highRiskFrom, highValueFrom,
                economicsSegmentation));
    }

    @Produces
    @ApplicationScoped
    RejectedRecords rejects() {
        return new RejectedRecords(100);
    }
}
