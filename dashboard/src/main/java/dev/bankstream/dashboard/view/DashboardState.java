package dev.bankstream.dashboard.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.AccountScore;
import dev.bankstream.schemas.AccountSegments;
import dev.bankstream.schemas.District;
import dev.bankstream.schemas.PublishedModel;
import dev.bankstream.schemas.ReplayCheckpoint;
import dev.bankstream.schemas.RiskFlag;
import dev.bankstream.schemas.SegmentChange;

/**
 * Everything the page shows that comes from topics, updated by one consumer thread and read by HTTP threads: every
 * method holds the lock, and {@link #snapshot()} copies.
 */
public final class DashboardState {

    /** What the page receives, whole, on each update. */
    public record Snapshot(long version, ReplayProgress.View replay, FlagFeed.View flags, int accounts,
            LocalDate featuresAsOf,
            Map<String, Map<String, Long>> segmentSizes, Map<String, SegmentHistory.Series> segmentHistory,
            Quadrant quadrant, Heatmap cardUse, Heatmap risk, SegmentEconomics economics,
            List<ModelsSeen.Model> models) {
    }

    /**
     * @param feedSize           flags in the live feed
     * @param maxPoints          accounts drawn at most in each scatter plot
     * @param economicsSegmentation the segmentation income, deposits and holdings are broken down by
     */
    public record Settings(int feedSize, int maxPoints, double highRiskFrom, double highValueFrom,
            String economicsSegmentation) {
    }

    private final Settings settings;
    private final ReplayProgress replay = new ReplayProgress(300);
    private final FlagFeed flags;
    private final SegmentHistory segmentHistory = new SegmentHistory();
    private final AccountBook accounts = new AccountBook();
    private final ModelsSeen models = new ModelsSeen();
    private long version;

    public DashboardState(Settings settings) {
        this.settings = settings;
        this.flags = new FlagFeed(settings.feedSize());
    }

    public synchronized void accept(ReplayCheckpoint checkpoint) {
        replay.accept(checkpoint);
        version++;
    }

    public synchronized void accept(RiskFlag flag) {
        flags.accept(flag);
        version++;
    }

    public synchronized void accept(AccountScore score) {
        accounts.accept(score);
        version++;
    }

    public synchronized void accept(SegmentChange change) {
        segmentHistory.accept(change);
        version++;
    }

    public synchronized void accept(AccountSegments current) {
        accounts.accept(current);
        version++;
    }

    public synchronized void accept(AccountBehaviour behaviour) {
        accounts.accept(behaviour);
        version++;
    }

    public synchronized void accept(District district) {
        accounts.district(district.getDistrictId(), district.getName());
        version++;
    }

    public synchronized void accept(PublishedModel model) {
        models.accept(model);
        version++;
    }

    /** Changes with every record applied: the stream pushes a snapshot only when it moved. */
    public synchronized long version() {
        return version;
    }

    public synchronized LocalDate featuresAsOf() {
        return accounts.featuresAsOf();
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(version, replay.view(), flags.view(), accounts.accounts(), accounts.featuresAsOf(),
                accounts.segmentSizes(),
                segmentHistory.view(),
                accounts.quadrant(settings.highRiskFrom(), settings.highValueFrom(), settings.maxPoints()),
                accounts.cardUse(), accounts.risk(),
                accounts.economics(settings.economicsSegmentation(), settings.maxPoints()), models.view());
    }
}
