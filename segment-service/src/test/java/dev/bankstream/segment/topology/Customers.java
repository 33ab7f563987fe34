package dev.bankstream.segment.topology;

import static dev.bankstream.segment.Behaviours.balance;
import static dev.bankstream.segment.Behaviours.card;
import static dev.bankstream.segment.Behaviours.district;
import static dev.bankstream.segment.Behaviours.flows;
import static dev.bankstream.segment.Behaviours.kind;
import static dev.bankstream.segment.Behaviours.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.bankstream.schemas.AccountBehaviour;
import dev.bankstream.schemas.CardHeld;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Gender;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderHeld;
import dev.bankstream.schemas.TransactionDirection;
import dev.bankstream.schemas.TransactionKind;
import dev.bankstream.segment.Behaviours;

/**
 * Behaviour snapshots of customers whose habits tests choose: three behaviour profiles far apart, two kinds of
 * owner, and product holdings that go together by profile (so that the recommender has something to learn).
 */
public final class Customers {

    /** How an account is used; amounts in CZK. */
    public record Habits(double balance, double income, int transactions90d, double cardShare, double savingsRatio,
            double smallVsLarge) {

        Habits jitter(Random random) {
            double f = Math.exp(0.15 * random.nextGaussian());
            return new Habits(balance * f, income * f, Math.max(3, (int) Math.round(transactions90d * f)),
                    Math.min(1, cardShare * f), savingsRatio, smallVsLarge * f);
        }
    }

    /** Who owns it and where. */
    public record Owner(int age, Gender gender, double urbanPercent, int tenureDays) {
    }

    public static final Habits AFFLUENT_INACTIVE = new Habits(150_000, 60_000, 9, 0.02, 0.5, 0.1);
    public static final Habits BUSY_SPENDER = new Habits(5_000, 8_000, 90, 0.5, -0.1, 10);
    public static final Habits POWER_USER = new Habits(150_000, 60_000, 90, 0.5, 0.3, 3);
    public static final List<Habits> PROFILES = List.of(AFFLUENT_INACTIVE, BUSY_SPENDER, POWER_USER);

    public static final Owner YOUNG_CITY_WOMAN = new Owner(28, Gender.FEMALE, 90, 500);
    public static final Owner SENIOR_RURAL_MAN = new Owner(67, Gender.MALE, 35, 2_000);
    public static final List<Owner> OWNERS = List.of(YOUNG_CITY_WOMAN, SENIOR_RURAL_MAN);

    public static final LocalDate START = LocalDate.of(1996, 1, 1);

    private Customers() {
    }

    public static AccountBehaviour snapshot(long accountId, LocalDate asOf, Habits habits, Owner owner,
            List<CardHeld> cards, List<StandingOrderHeld> orders) {
        int credits90 = Math.max(1, habits.transactions90d() / 3);
        int debits90 = Math.max(1, habits.transactions90d() - credits90);
        int debits365 = debits90 * 4;
        double meanCredit = habits.income() * 3 / credits90;
        return Behaviours.typical(accountId)
                .setAsOfDate(asOf)
                .setOpenedOn(asOf.minusDays(owner.tenureDays()))
                .setTenureDays(owner.tenureDays())
                .setBalance(habits.balance())
                .setBalance30d(balance(habits.balance(), 30))
                .setBalance90d(balance(habits.balance(), 90))
                .setBalance365d(balance(habits.balance(), 365))
                .setBalanceSinceOpening(balance(habits.balance(), owner.tenureDays()))
                .setCredits(flows(credits90 / 3, credits90, credits90 * 4, meanCredit))
                .setDebits(flows(debits90 / 3, debits90, debits365, habits.income() * 3 * (1 - habits.savingsRatio()) / debits90))
                .setByKind(new ArrayList<>(List.of(kind(TransactionKind.CARD_WITHDRAWAL, TransactionDirection.DEBIT,
                        (int) Math.round(habits.cardShare() * debits365)))))
                .setMonthlyIncome(habits.income())
                .setSavingsRatio(habits.savingsRatio())
                .setSmallVsLarge(habits.smallVsLarge())
                .setOwnerAge(owner.age())
                .setOwnerGender(owner.gender())
                .setDistrict(district(9_000, 3.5, owner.urbanPercent()))
                .setCards(new ArrayList<>(cards))
                .setStandingOrders(new ArrayList<>(orders))
                .build();
    }

    public static AccountBehaviour snapshot(long accountId, LocalDate asOf, Habits habits, Owner owner) {
        return snapshot(accountId, asOf, habits, owner, List.of(), List.of());
    }

    /** A population to train on: {@code perProfile} accounts of each habit profile, owners alternating. */
    public static List<AccountBehaviour> population(int perProfile, long seed, long firstAccountId) {
        Random random = new Random(seed);
        List<AccountBehaviour> snapshots = new ArrayList<>();
        long id = firstAccountId;
        for (int p = 0; p < PROFILES.size(); p++) {
            for (int i = 0; i < perProfile; i++) {
                Owner owner = OWNERS.get(i % OWNERS.size());
                snapshots.add(snapshot(id++, START, PROFILES.get(p).jitter(random), owner, cardsOf(p, random),
                        ordersOf(p, random)));
            }
        }
        return snapshots;
    }

    /** Power users and busy spenders mostly have a classic card; some power users a gold one. */
    private static List<CardHeld> cardsOf(int profile, Random random) {
        List<CardHeld> cards = new ArrayList<>();
        if (profile != 0 && random.nextDouble() < 0.8) {
            cards.add(card(CardType.CLASSIC));
        }
        if (profile == 2 && random.nextDouble() < 0.5) {
            cards.add(card(CardType.GOLD));
        }
        return cards;
    }

    /** The affluent insure and pay household bills by order; busy spenders repay loans. */
    private static List<StandingOrderHeld> ordersOf(int profile, Random random) {
        List<StandingOrderHeld> orders = new ArrayList<>();
        if (profile != 1 && random.nextDouble() < 0.7) {
            orders.add(order(OrderPurpose.INSURANCE, 500));
        }
        if (random.nextDouble() < 0.6) {
            orders.add(order(OrderPurpose.HOUSEHOLD, 2_000));
        }
        if (profile == 1 && random.nextDouble() < 0.5) {
            orders.add(order(OrderPurpose.LOAN, 1_500));
        }
        return orders;
    }
}
