package dev.bankstream.dashboard.report;

import java.time.Instant;
import java.util.List;

import dev.bankstream.dashboard.view.DashboardState;

/**
 * What a report is written from: the dashboard's aggregates and the segment-service's views.
 *
 * @param dataSet        the replayed folder and its kind, e.g. "/data/gen (generated data)"
 * @param profiles       segment profiles per segmentation, empty before the first segmentation
 * @param recommender    the offers' evaluation, null when the segment-service could not give it
 */
public record ReportData(Instant writtenAt, String dataSet, DashboardState.Snapshot state, List<Profiles> profiles,
        Recommender recommender) {

    /** The part of the segment-service's profiles a report uses. */
    public record Profiles(String segmentation, List<String> features, List<String> units, List<Profile> segments) {
    }

    public record Profile(int id, String name, long size, double share, List<Double> centroid) {
    }

    /** Leave-one-out hit rate at k of the item-item offers and of the most-popular baseline. */
    public record Recommender(int evaluated, int k, double itemItemHitRate, double popularityHitRate) {
    }
}
