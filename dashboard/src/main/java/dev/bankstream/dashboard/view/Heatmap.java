package dev.bankstream.dashboard.view;

import java.util.List;

/**
 * A district x age band grid for an ECharts heat map.
 *
 * @param cells each {@code [age band index, district index, value, accounts]}; cells without accounts are left out
 */
public record Heatmap(String title, String unit, List<String> ageBands, List<String> districts, List<List<Number>> cells,
        double max) {
}
