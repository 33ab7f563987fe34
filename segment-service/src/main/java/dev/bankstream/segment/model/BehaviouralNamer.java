package dev.bankstream.segment.model;

import static dev.bankstream.segment.features.BehaviouralFeatures.AVERAGE_BALANCE;
import static dev.bankstream.segment.features.BehaviouralFeatures.CARD_SHARE;
import static dev.bankstream.segment.features.BehaviouralFeatures.DEBT_BURDEN;
import static dev.bankstream.segment.features.BehaviouralFeatures.MONTHLY_INCOME;
import static dev.bankstream.segment.features.BehaviouralFeatures.MONTHLY_TRANSACTIONS;
import static dev.bankstream.segment.features.BehaviouralFeatures.OVERDRAFT_SHARE;
import static dev.bankstream.segment.features.BehaviouralFeatures.SAVINGS_RATIO;
import static dev.bankstream.segment.features.BehaviouralFeatures.SMALL_VS_LARGE;

import java.util.List;

/**
 * Names a behavioural segment by two axes read off its standardized centroid, as the seed analyses did:
 * <ul>
 * <li>value = mean z of average balance and monthly income;</li>
 * <li>engagement = mean z of monthly transactions and card share.</li>
 * </ul>
 * Value ≥ 0 and engagement ≥ 0: "High-value power users"; value ≥ 0, engagement &lt; 0: "Affluent inactive";
 * value &lt; 0, engagement ≥ 0: "Value-driven frequent users"; both &lt; 0: "Budget-conscious occasional".
 * The other features (debt burden, overdraft, savings ratio, small versus large) are traits: the most
 * distinctive is appended when it is at least one standard deviation from the mean, e.g.
 * "Budget-conscious occasional, heavy loan repayments".
 */
public final class BehaviouralNamer implements SegmentNamer {

    static final List<Trait> TRAITS = List.of(
            new Trait(DEBT_BURDEN, "heavy loan repayments", "no loan repayments"),
            new Trait(OVERDRAFT_SHARE, "often overdrawn", "never overdrawn"),
            new Trait(SAVINGS_RATIO, "net savers", "net spenders"),
            new Trait(SMALL_VS_LARGE, "many small payments", "few large payments"));

    @Override
    public SegmentDescription describe(Centroid centroid) {
        double value = (centroid.z(AVERAGE_BALANCE) + centroid.z(MONTHLY_INCOME)) / 2;
        double engagement = (centroid.z(MONTHLY_TRANSACTIONS) + centroid.z(CARD_SHARE)) / 2;
        String base;
        if (value >= 0) {
            base = engagement >= 0 ? "High-value power users" : "Affluent inactive";
        } else {
            base = engagement >= 0 ? "Value-driven frequent users" : "Budget-conscious occasional";
        }
        return Trait.describe(base, Trait.notable(TRAITS, centroid));
    }
}
