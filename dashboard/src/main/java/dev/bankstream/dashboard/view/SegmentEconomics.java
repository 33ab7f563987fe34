package dev.bankstream.dashboard.view;

import java.util.List;
import java.util.Map;

/** Income against deposits and product holdings, per segment of one segmentation. */
public record SegmentEconomics(String segmentation, List<String> products, List<Segment> segments) {

    /**
     * @param sample        {@code [monthly income, mean balance, account id]} of some of its accounts (at most the
     *                      dashboard's point budget over all segments)
     * @param productShares share of its accounts (0..1) holding each product
     */
    public record Segment(int id, String name, long accounts, double meanIncome, double meanBalance,
            List<List<Number>> sample, Map<String, Double> productShares) {
    }
}
