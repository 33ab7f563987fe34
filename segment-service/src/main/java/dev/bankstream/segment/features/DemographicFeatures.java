package dev.bankstream.segment.features;

import static dev.bankstream.segment.features.FeatureDefinition.MISSING;

import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.DistrictFacts;
import dev.bankstream.schemas.Gender;

/**
 * Who owns the account and where: owner age and gender, district demographics and tenure. Crime rate is left
 * out on purpose: it tracks the urban ratio so closely that it would double the weight of "city versus country".
 */
public final class DemographicFeatures {

    public static final String OWNER_AGE = "ownerAge";
    public static final String FEMALE = "female";
    public static final String DISTRICT_AVERAGE_SALARY = "districtAverageSalary";
    public static final String DISTRICT_UNEMPLOYMENT = "districtUnemploymentRate";
    public static final String DISTRICT_URBAN_RATIO = "districtUrbanRatio";
    public static final String TENURE_YEARS = "tenureYears";

    private static final double DAYS_PER_YEAR = 365.25;

    public static final FeatureSet SET = new FeatureSet("demographic", List.of(
            new FeatureDefinition(OWNER_AGE, "Owner's age", "years", Scale.LINEAR, DemographicFeatures::ownerAge),
            new FeatureDefinition(FEMALE, "1 when the owner is a woman, 0 when a man (share of women per segment)",
                    "share", Scale.LINEAR, DemographicFeatures::female),
            new FeatureDefinition(DISTRICT_AVERAGE_SALARY, "Average salary in the account's district", "CZK",
                    Scale.LINEAR, b -> district(b, DistrictFacts::getAverageSalary)),
            new FeatureDefinition(DISTRICT_UNEMPLOYMENT, "Unemployment rate in the account's district", "percent",
                    Scale.LINEAR, b -> district(b, DistrictFacts::getUnemploymentRate)),
            new FeatureDefinition(DISTRICT_URBAN_RATIO, "Urban inhabitants in the account's district", "percent",
                    Scale.LINEAR, b -> district(b, DistrictFacts::getUrbanRatioPercent)),
            new FeatureDefinition(TENURE_YEARS, "Years since the account was opened", "years", Scale.LINEAR,
                    DemographicFeatures::tenureYears)));

    private DemographicFeatures() {
    }

    static double ownerAge(AccountBehaviour b) {
        Integer age = b.getOwnerAge();
        return age == null || age < 0 ? MISSING : age;
    }

    static double female(AccountBehaviour b) {
        Gender gender = b.getOwnerGender();
        if (gender == Gender.FEMALE) {
            return 1;
        }
        return gender == Gender.MALE ? 0 : MISSING;
    }

    static double tenureYears(AccountBehaviour b) {
        return b.getOpenedOn() == null ? MISSING : b.getTenureDays() / DAYS_PER_YEAR;
    }

    private static double district(AccountBehaviour b, ToDoubleFunction<DistrictFacts> fact) {
        DistrictFacts district = b.getDistrict();
        return district == null ? MISSING : fact.applyAsDouble(district);
    }
}
