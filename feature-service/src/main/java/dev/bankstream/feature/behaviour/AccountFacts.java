package dev.bankstream.feature.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.OrderPurpose;
import dev.bankstream.schemas.StandingOrderSet;
import dev.bankstream.schemas.StatementFrequency;

/**
 * An account's facts from bank.account-events, each with the day it became true, so that the account can be
 * described as of any day: a card issued on day d is not held on day d-1. Facts carrying an id (links, cards,
 * orders, loans) are replaced, not duplicated, when the same id arrives again.
 */
final class AccountFacts {

    record Opening(int day, Integer districtId, StatementFrequency statementFrequency) {
    }

    record ClientLink(long clientId, long dispositionId, ClientRole role, int day) {
    }

    record Card(long cardId, long dispositionId, CardType type, int day) {
    }

    record StandingOrder(long orderId, OrderPurpose purpose, long amount, int day) {
    }

    record Loan(long loanId, int day, long amount, int durationMonths, long monthlyPayment, boolean snapshotTaken) {

        Loan withSnapshotTaken() {
            return new Loan(loanId, day, amount, durationMonths, monthlyPayment, true);
        }
    }

    Opening opening;
    final List<ClientLink> links = new ArrayList<>();
    final List<Card> cards = new ArrayList<>();
    final List<StandingOrder> orders = new ArrayList<>();
    final List<Loan> loans = new ArrayList<>();

    void opened(AccountOpened opened, int day) {
        opening = new Opening(day, opened.getDistrictId(), opened.getStatementFrequency());
    }

    void linked(ClientLinked linked, int day) {
        upsert(links, new ClientLink(linked.getClientId(), linked.getDispositionId(), linked.getRole(), day),
                ClientLink::dispositionId);
    }

    void cardIssued(CardIssued card, int day) {
        upsert(cards, new Card(card.getCardId(), card.getDispositionId(), card.getCardType(), day), Card::cardId);
    }

    void standingOrderSet(StandingOrderSet order, int day) {
        upsert(orders, new StandingOrder(order.getOrderId(), order.getPurpose(), Money.cents(order.getAmount()), day),
                StandingOrder::orderId);
    }

    void loanGranted(LoanGranted loan, int day) {
        upsert(loans, new Loan(loan.getLoanId(), day, Money.cents(loan.getAmount()), loan.getDurationMonths(),
                Money.cents(loan.getMonthlyPayment()), false), Loan::loanId);
    }

    /** The opening, if it happened on or before the day. */
    Optional<Opening> openingAsOf(int day) {
        return opening != null && opening.day() <= day ? Optional.of(opening) : Optional.empty();
    }

    /** The owner linked most recently on or before the day. */
    Optional<ClientLink> ownerAsOf(int day) {
        ClientLink owner = null;
        for (ClientLink link : links) {
            if (link.role() == ClientRole.OWNER && link.day() <= day && (owner == null || link.day() >= owner.day())) {
                owner = link;
            }
        }
        return Optional.ofNullable(owner);
    }

    // Plain loops, not streams, in what every snapshot asks: the stream pipelines were 4 % of the stream thread.

    int disponentsAsOf(int day) {
        int disponents = 0;
        for (ClientLink link : links) {
            if (link.role() == ClientRole.DISPONENT && link.day() <= day) {
                disponents++;
            }
        }
        return disponents;
    }

    /** The cards issued on or before the day, each as {@code view} makes it. */
    <T> List<T> cardsAsOf(int day, Function<Card, T> view) {
        return asOf(cards, Card::day, day, view);
    }

    /** The standing orders set on or before the day, each as {@code view} makes it. */
    <T> List<T> ordersAsOf(int day, Function<StandingOrder, T> view) {
        return asOf(orders, StandingOrder::day, day, view);
    }

    /** The loan granted most recently on or before the day. */
    Optional<Loan> loanAsOf(int day) {
        Loan latest = null;
        for (Loan loan : loans) {
            if (loan.day() <= day && (latest == null || loan.day() >= latest.day())) {
                latest = loan;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static <F, T> List<T> asOf(List<F> facts, ToIntFunction<F> dayOf, int day, Function<F, T> view) {
        List<T> viewed = new ArrayList<>(facts.size());
        for (F fact : facts) {
            if (dayOf.applyAsInt(fact) <= day) {
                viewed.add(view.apply(fact));
            }
        }
        return viewed;
    }

    private static <T> void upsert(List<T> facts, T fact, ToLongFunction<T> id) {
        long key = id.applyAsLong(fact);
        for (int i = 0; i < facts.size(); i++) {
            if (id.applyAsLong(facts.get(i)) == key) {
                facts.set(i, fact);
                return;
            }
        }
        facts.add(fact);
    }
}
