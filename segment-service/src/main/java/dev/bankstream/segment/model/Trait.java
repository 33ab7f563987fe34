package dev.bankstream.segment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A feature that can describe a segment when its centroid sits far from the average: a phrase for "high" and
 * one for "low". Shared by the namers so both use the same distinctiveness rule.
 */
record Trait(String feature, String high, String low) {

    /** A centroid at least this many standard deviations from the mean shows the trait in its name. */
    static final double STRONG = 1.0;
    /** ... and at least this many makes it usable to tell two same-named segments apart. */
    static final double NOTABLE = 0.5;

    String phrase(double z) {
        return z >= 0 ? high : low;
    }

    /** Traits at least {@link #NOTABLE} from the mean, the most distinctive first, as (phrase, |z|). */
    static List<Scored> notable(List<Trait> traits, Centroid centroid) {
        List<Scored> scored = new ArrayList<>();
        for (Trait trait : traits) {
            double z = centroid.z(trait.feature);
            if (centroid.observed(trait.feature) && Math.abs(z) >= NOTABLE) {
                scored.add(new Scored(trait.phrase(z), Math.abs(z)));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::distance).reversed());
        return scored;
    }

    /**
     * The name: the base, plus the most distinctive trait when it is strong; the remaining traits break ties.
     */
    static SegmentDescription describe(String base, List<Scored> notable) {
        if (!notable.isEmpty() && notable.get(0).distance() >= STRONG) {
            return new SegmentDescription(base + ", " + notable.get(0).phrase(),
                    notable.subList(1, notable.size()).stream().map(Scored::phrase).toList());
        }
        return new SegmentDescription(base, notable.stream().map(Scored::phrase).toList());
    }

    record Scored(String phrase, double distance) {
    }
}
