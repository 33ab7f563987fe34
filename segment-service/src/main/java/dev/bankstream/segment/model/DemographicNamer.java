package dev.bankstream.segment.model;

import static dev.bankstream.segment.features.DemographicFeatures.DISTRICT_AVERAGE_SALARY;
import static dev.bankstream.segment.features.DemographicFeatures.DISTRICT_UNEMPLOYMENT;
import static dev.bankstream.segment.features.DemographicFeatures.DISTRICT_URBAN_RATIO;
import static dev.bankstream.segment.features.DemographicFeatures.FEMALE;
import static dev.bankstream.segment.features.DemographicFeatures.OWNER_AGE;
import static dev.bankstream.segment.features.DemographicFeatures.TENURE_YEARS;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a demographic segment "&lt;age&gt; &lt;gender&gt; &lt;place&gt;" from its centroid:
 * <ul>
 * <li>age from the centroid in years: under 35 "Young", under 55 "Middle-aged", else "Senior";</li>
 * <li>gender from the share of women: ≥ 0.6 "women", ≤ 0.4 "men", else "customers";</li>
 * <li>place from the urban ratio's z: ≥ 0.5 "in cities", ≤ -0.5 "in rural districts", else "in towns".</li>
 * </ul>
 * A part whose feature training never saw (twm has no districts) is left out: "Senior women".
 * Tenure, district salary and unemployment are traits: the most distinctive is appended when it is at least one
 * standard deviation from the mean, e.g. "Senior women in cities, long-standing customers".
 */
public final class DemographicNamer implements SegmentNamer {

    static final double YOUNG_BELOW_YEARS = 35;
    static final double SENIOR_FROM_YEARS = 55;

    static final List<Trait> TRAITS = List.of(
            new Trait(TENURE_YEARS, "long-standing customers", "new customers"),
            new Trait(DISTRICT_AVERAGE_SALARY, "high-salary districts", "low-salary districts"),
            new Trait(DISTRICT_UNEMPLOYMENT, "high unemployment", "low unemployment"));

    @Override
    public SegmentDescription describe(Centroid centroid) {
        List<String> words = new ArrayList<>();
        if (centroid.observed(OWNER_AGE)) {
            double age = centroid.raw(OWNER_AGE);
            words.add(age < YOUNG_BELOW_YEARS ? "Young" : age < SENIOR_FROM_YEARS ? "Middle-aged" : "Senior");
        }
        double women = centroid.raw(FEMALE);
        words.add(!centroid.observed(FEMALE) ? "customers" : women >= 0.6 ? "women" : women <= 0.4 ? "men"
                : "customers");
        if (centroid.observed(DISTRICT_URBAN_RATIO)) {
            double urban = centroid.z(DISTRICT_URBAN_RATIO);
            words.add(urban >= 0.5 ? "in cities" : urban <= -0.5 ? "in rural districts" : "in towns");
        }
        String base = String.join(" ", words);
        base = Character.toUpperCase(base.charAt(0)) + base.substring(1);
        return Trait.describe(base, Trait.notable(TRAITS, centroid));
    }
}
