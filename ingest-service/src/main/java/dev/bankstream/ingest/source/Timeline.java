package dev.bankstream.ingest.source;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.Transaction;

/**
 * The timeline of a data set: its account events (held in memory) merged with its transactions (streamed), both
 * already in date order. On a day with both, the account events come first, so an account is opened before it
 * books and a card is issued before it is used.
 */
public final class Timeline implements CloseableIterator<SourceEvent<?, ?>> {

    private final List<SourceEvent<Long, AccountEvent>> accountEvents;
    private final CloseableIterator<SourceEvent<Long, Transaction>> transactions;
    private int nextAccountEvent;
    private SourceEvent<Long, Transaction> nextTransaction;

    /**
     * @param accountEvents in date order, see {@link #sortByDate(List)}
     * @param transactions  in date order; closed with this timeline
     */
    public Timeline(List<SourceEvent<Long, AccountEvent>> accountEvents,
            CloseableIterator<SourceEvent<Long, Transaction>> transactions) {
        this.accountEvents = accountEvents;
        this.transactions = transactions;
    }

    /**
     * Sorts by event date, keeping the list's order within a day. Readers collect account events kind by kind
     * (opened, linked, orders, loans, cards), each in file order, so a day's events end up in that order.
     */
    public static void sortByDate(List<SourceEvent<Long, AccountEvent>> accountEvents) {
        accountEvents.sort(Comparator.comparing(SourceEvent::eventDate));
    }

    @Override
    public boolean hasNext() {
        return nextAccountEvent < accountEvents.size() || nextTransaction != null || transactions.hasNext();
    }

    @Override
    public SourceEvent<?, ?> next() {
        if (nextTransaction == null && transactions.hasNext()) {
            nextTransaction = transactions.next();
        }
        if (nextAccountEvent < accountEvents.size()) {
            SourceEvent<Long, AccountEvent> accountEvent = accountEvents.get(nextAccountEvent);
            if (nextTransaction == null || !accountEvent.eventDate().isAfter(nextTransaction.eventDate())) {
                nextAccountEvent++;
                return accountEvent;
            }
        }
        if (nextTransaction == null) {
            throw new NoSuchElementException();
        }
        SourceEvent<Long, Transaction> transaction = nextTransaction;
        nextTransaction = null;
        return transaction;
    }

    @Override
    public void close() {
        transactions.close();
    }
}
