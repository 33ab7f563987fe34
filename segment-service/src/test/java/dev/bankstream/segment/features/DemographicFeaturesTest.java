package dev.bankstream.segment.features;

import static dev.bankstream.segment.Behaviours.typical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import dev.bankstream.schemas.Gender;

class DemographicFeaturesTest {

    private static final FeatureSet SET = DemographicFeatures.SET;

    @Test
    void readsOwnerDistrictAndTenure() {
        // Given a woman of 40 in a district with salary 9,000, 3.5% unemployment, 60% urban, account 400 days old
        double[] values = new double[SET.size()];

        // When
        int missing = SET.extract(typical(1).build(), values);

        // Then
        assertThat(missing).isZero();
        assertThat(values).containsExactly(new double[] {40, 1, 9_000, 3.5, 60, 400 / 365.25}, within(1e-9));
    }

    @Test
    void unknownDistrictFallsBackToTheTrainingMean() {
        // Given an account whose district is unknown
        double[] values = new double[SET.size()];

        // When
        int missing = SET.extract(typical(1).setDistrict(null).build(), values);

        // Then three of six features are missing, which the fallback still covers
        assertThat(missing).isEqualTo(3);
        assertThat(SET.isAssignable(missing)).isTrue();
    }

    @Test
    void unknownDistrictAndAgeMustBeDeadLettered() {
        // Given an account whose district and owner age are unknown
        double[] values = new double[SET.size()];

        // When
        int missing = SET.extract(typical(1).setDistrict(null).setOwnerAge(null).build(), values);

        // Then more than half is unknown: not assignable, with a reason that lists them
        assertThat(SET.isAssignable(missing)).isFalse();
        assertThat(SET.missingReason(values)).isEqualTo("MISSING_FEATURES: 4 of 6 demographic features unknown "
                + "(more than half): ownerAge, districtAverageSalary, districtUnemploymentRate, districtUrbanRatio");
    }

    @Test
    void unknownGenderAndUnopenedAccountAreMissing() {
        // Given an account whose opening was not seen and whose owner's gender is unknown
        double[] values = new double[SET.size()];

        // When
        SET.extract(typical(1).setOwnerGender(Gender.UNKNOWN).setOpenedOn(null).setTenureDays(0).build(), values);

        // Then
        assertThat(values[SET.indexOf(DemographicFeatures.FEMALE)]).isNaN();
        assertThat(values[SET.indexOf(DemographicFeatures.TENURE_YEARS)]).isNaN();
        assertThat(values[SET.indexOf(DemographicFeatures.OWNER_AGE)]).isEqualTo(40);
    }
}
