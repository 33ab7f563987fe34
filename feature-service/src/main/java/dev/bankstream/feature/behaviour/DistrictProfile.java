package dev.bankstream.feature.behaviour;

import dev.bankstream.schemas.District;
import dev.bankstream.schemas.DistrictFacts;

/** What the features use of a district, derived once when the district is loaded. */
public record DistrictProfile(int districtId, double averageSalary, double unemploymentRate, double urbanRatioPercent,
        double crimesPer1000) {

    /** Uses the latest year the source has (1996) for unemployment and crime. */
    public static DistrictProfile of(District district) {
        double crimesPer1000 = district.getInhabitants() > 0
                ? district.getCrimes1996() * 1000.0 / district.getInhabitants()
                : 0.0;
        return new DistrictProfile(district.getDistrictId(), district.getAverageSalary(),
                district.getUnemploymentRate1996(), district.getUrbanRatioPercent(), crimesPer1000);
    }

    DistrictFacts toFacts() {
        return new DistrictFacts(districtId, averageSalary, unemploymentRate, urbanRatioPercent, crimesPer1000);
    }
}
