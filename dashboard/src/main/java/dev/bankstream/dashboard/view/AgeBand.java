package dev.bankstream.dashboard.view;

import java.util.List;

/** Owner age in the bands the heat maps use: ten-year bands, the youngest and oldest open-ended. */
public final class AgeBand {

    public static final String UNKNOWN = "unknown";
    public static final List<String> ALL = List.of("under 25", "25-34", "35-44", "45-54", "55-64", "65+", UNKNOWN);

    private AgeBand() {
    }

    public static String of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        if (age < 25) {
            return "under 25";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = 25 + (age - 25) / 10 * 10;
        return low + "-" + (low + 9);
    }
}
