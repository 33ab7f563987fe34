package dev.bankstream.segment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.bankstream.segment.features.BehaviouralFeatures;
import dev.bankstream.segment.features.DemographicFeatures;

class SegmentNamingTest {

    private final BehaviouralNamer behavioural = new BehaviouralNamer();
    private final DemographicNamer demographic = new DemographicNamer();

    private static final boolean[] ALL_OBSERVED_8 = {true, true, true, true, true, true, true, true};
    private static final boolean[] ALL_OBSERVED_6 = {true, true, true, true, true, true};

    /** z of: averageBalance, monthlyIncome, savingsRatio, debtBurden, overdraftShare, monthlyTx, smallVsLarge, card. */
    private static Centroid behaviouralCentroid(double... z) {
        return new Centroid(BehaviouralFeatures.SET, z, z, ALL_OBSERVED_8);
    }

    private String behaviouralName(double... z) {
        return behavioural.describe(behaviouralCentroid(z)).name();
    }

    @Test
    void behaviouralQuadrantsComeFromValueAndEngagement() {
        // Given centroids in each quadrant of (value, engagement), no other trait notable
        // When / Then
        assertThat(behaviouralName(1, 1, 0, 0, 0, 1, 0, 1)).isEqualTo("High-value power users");
        assertThat(behaviouralName(1, 1, 0, 0, 0, -1, 0, -1)).isEqualTo("Affluent inactive");
        assertThat(behaviouralName(-1, -1, 0, 0, 0, 1, 0, 1)).isEqualTo("Value-driven frequent users");
        assertThat(behaviouralName(-1, -1, 0, 0, 0, -1, 0, -1)).isEqualTo("Budget-conscious occasional");
    }

    @Test
    void strongestOtherTraitIsAppendedOnlyWhenStrong() {
        // Given a poor, inactive centroid with debt burden 2.5 sd and overdraft 1.2 sd above average
        SegmentDescription indebted = behavioural.describe(behaviouralCentroid(-1, -1, 0, 2.5, 1.2, -1, 0, -1));
        // and one whose only other trait is 0.7 sd: notable, but not strong
        SegmentDescription mild = behavioural.describe(behaviouralCentroid(-1, -1, 0.7, 0, 0, -1, 0, -1));

        // When / Then
        assertThat(indebted.name()).isEqualTo("Budget-conscious occasional, heavy loan repayments");
        assertThat(indebted.tieBreakers()).containsExactly("often overdrawn");
        assertThat(mild.name()).isEqualTo("Budget-conscious occasional");
        assertThat(mild.tieBreakers()).containsExactly("net savers");
    }

    @Test
    void demographicNameReadsAgeGenderAndPlace() {
        // Given centroids: ownerAge, female, salary, unemployment, urban, tenure (raw) and their z
        double[] seniorWomenCityRaw = {62, 0.9, 12_000, 2, 95, 3};
        double[] seniorWomenCityZ = {1.5, 0.8, 1.5, -0.6, 1.4, 0.2};
        double[] youngMenRuralRaw = {27, 0.1, 8_000, 5, 40, 1};
        double[] youngMenRuralZ = {-1.2, -0.8, -0.4, 0.3, -0.9, -1.3};

        // When / Then: salary is the strongest trait of the first (1.5), tenure of the second (-1.3)
        assertThat(demographic.describe(new Centroid(DemographicFeatures.SET, seniorWomenCityZ, seniorWomenCityRaw,
                ALL_OBSERVED_6)).name()).isEqualTo("Senior women in cities, high-salary districts");
        assertThat(demographic.describe(new Centroid(DemographicFeatures.SET, youngMenRuralZ, youngMenRuralRaw,
                ALL_OBSERVED_6)).name()).isEqualTo("Young men in rural districts, new customers");
    }

    @Test
    void featuresTrainingNeverSawAreLeftOutOfTheName() {
        // Given a twm-like centroid: no district was ever known, so its district features sit at z = 0
        double[] raw = {68, 0.2, 0, 0, 0, 9};
        double[] z = {1.4, -0.7, 0, 0, 0, 1.1};
        boolean[] noDistrict = {true, true, false, false, false, true};

        // When / Then: no place is claimed, and tenure is the strong trait
        assertThat(demographic.describe(new Centroid(DemographicFeatures.SET, z, raw, noDistrict)).name())
                .isEqualTo("Senior men, long-standing customers");
    }

    @Test
    void collidingNamesTakeTheirNextTraitThenANumber() {
        // Given two new segments with the same name, one of which has a tie-breaking trait, and a third whose name
        // is already used by a kept segment and that has no trait left
        List<SegmentDescription> descriptions = List.of(
                new SegmentDescription("Affluent inactive", List.of("net savers")),
                new SegmentDescription("Affluent inactive", List.of()),
                new SegmentDescription("High-value power users", List.of()));

        // When
        List<String> names = UniqueNames.of(descriptions, Set.of("High-value power users"));

        // Then
        assertThat(names).containsExactly("Affluent inactive, net savers", "Affluent inactive",
                "High-value power users 2");
    }
}
