package dev.bankstream.ingest.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * 77 districts in the eight regions of the original, with demographics drawn inside the original's ranges and
 * correlated the way real districts are: bigger means more urban, better paid, more crime per head, less
 * unemployment. District 1 is the capital. Names are plainly synthetic.
 */
final class DistrictGenerator {

    static final int DISTRICT_COUNT = 77;
    /** The original leaves the 1995 figures of one district unknown; generated data keeps that quirk for readers. */
    private static final int DISTRICT_WITHOUT_1995_FIGURES = 69;

    private static final String[] REGIONS = {"Prague", "central Bohemia", "south Bohemia", "west Bohemia",
        "north Bohemia", "east Bohemia", "south Moravia", "north Moravia"};
    private static final int[] DISTRICTS_PER_REGION = {1, 12, 8, 10, 10, 11, 14, 11};
    /** West Bohemia, south and north Moravia each have a large statutory city as their first district. */
    private static final boolean[] FIRST_IS_LARGE_CITY = {false, false, false, true, false, false, true, true};

    static List<District> generate(Rng rng) {
        List<District> districts = new ArrayList<>(DISTRICT_COUNT);
        districts.add(capital(rng));
        int id = 2;
        for (int region = 1; region < REGIONS.length; region++) {
            double regionalUnemployment = rng.between(0.6, 1.5);
            for (int i = 0; i < DISTRICTS_PER_REGION[region]; i++, id++) {
                boolean largeCity = i == 0 && FIRST_IS_LARGE_CITY[region];
                districts.add(district(rng, id, REGIONS[region], largeCity, regionalUnemployment));
            }
        }
        return districts;
    }

    private static District capital(Rng rng) {
        int inhabitants = rng.between(1_150_000, 1_250_000);
        int unemployment95 = rng.between(25, 40);
        return new District(1, name(1), REGIONS[0], inhabitants, 0, 0, 0, 1, 1, 1000, rng.between(12_000, 12_600),
                unemployment95, unemployment95 + rng.between(8, 20), rng.between(150, 167),
                crimes(inhabitants, 0.07), crimes(inhabitants, 0.08), false);
    }

    private static District district(Rng rng, int id, String region, boolean largeCity, double regionalUnemployment) {
        int inhabitants = largeCity
                ? rng.between(160_000, 390_000)
                : (int) Math.min(230_000, Math.max(42_000, rng.logNormal(100_000, 0.35)));
        double size = inhabitants / 100_000.0;
        int urbanTenths = largeCity
                ? 1000
                : (int) Math.round(Math.min(900, Math.max(339,
                        rng.logNormal(580 * StrictMath.pow(size, 0.25), 0.17))));
        double urban = urbanTenths / 1000.0;
        int salary = largeCity
                ? rng.between(9_800, 11_300)
                : (int) Math.round(8_110 + 1_800 * urban * rng.between(0.4, 1.0));
        int unemployment95 = (int) Math.round(Math.min(734, Math.max(30, 290 * regionalUnemployment
                * rng.logNormal(1, 0.35))));
        int unemployment96 = (int) Math.round(unemployment95 * rng.between(1.05, 1.45));
        int villagesUnder500 = largeCity
                ? rng.between(0, 10)
                : (int) Math.round(rng.between(0.2, 1.4) * 60 * size * (1.2 - urban));
        int villagesUnder2000 = largeCity ? rng.between(0, 10) : (int) Math.round(rng.between(0.5, 1.2) * 28 * size);
        int townsUnder10000 = rng.between(largeCity ? 0 : 2, largeCity ? 6 : 12);
        int townsOver10000 = largeCity ? 1 : Math.min(5, 1 + rng.poisson(size * 0.8));
        int cities = Math.max(1, Math.min(11, townsOver10000 + rng.between(largeCity ? 0 : 2, largeCity ? 1 : 7)));
        double crimeRate = 0.012 + 0.03 * urban * rng.between(0.6, 1.3);
        return new District(id, name(id), region, inhabitants, villagesUnder500, villagesUnder2000, townsUnder10000,
                townsOver10000, cities, urbanTenths, salary, unemployment95, unemployment96, rng.between(81, 150),
                crimes(inhabitants, crimeRate), crimes(inhabitants, crimeRate * rng.between(0.9, 1.1)),
                id == DISTRICT_WITHOUT_1995_FIGURES);
    }

    private static int crimes(int inhabitants, double perInhabitant) {
        return (int) Math.round(inhabitants * perInhabitant);
    }

    private static String name(int id) {
        return "District " + id;
    }

    private DistrictGenerator() {
    }
}
