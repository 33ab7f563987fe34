package dev.bankstream.ingest.source.berka;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.KnownIds;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.schemas.Transaction;

/**
 * trans.asc, streamed, as transactions in date order.
 * <p>
 * The file is in date order, and the reader relies on it without trusting it: it holds back a bounded window of
 * lines (ordered by date, then line number) and releases the earliest once the window is full. A line that arrives
 * a little late (fewer lines than the window) is put back in place and counted as out of order; one dated before a
 * day the timeline has already passed cannot be, and is rejected with that reason. A single line with a date far in
 * the future waits in the window until the end instead of pushing every later line out.
 * <p>
 * Lines in order (nearly all) wait in a plain queue, which is sorted by construction; only the few that come late go
 * into a heap. The earliest of the two heads is released next, so the common case costs no heap operation.
 */
final class BerkaTransactions implements CloseableIterator<SourceEvent<Long, Transaction>> {

    /** Berka writes an unknown partner as bank "" with account "0". */
    private static final String NO_PARTNER_ACCOUNT = "0";

    /** Date order, then line order. */
    private static final Comparator<SourceEvent<Long, Transaction>> EARLIEST = Comparator
            .comparing((SourceEvent<Long, Transaction> event) -> event.eventDate())
            .thenComparingLong(event -> event.position().lineNumber());

    private final SourceFile file;
    private final KnownIds accountIds;
    private final int window;
    private final ArrayDeque<SourceEvent<Long, Transaction>> inOrder = new ArrayDeque<>();
    private final PriorityQueue<SourceEvent<Long, Transaction>> late = new PriorityQueue<>(EARLIEST);
    private LocalDate latestRead;
    private LocalDate released;
    private boolean endOfFile;

    BerkaTransactions(SourceFile file, KnownIds accountIds, int window) {
        this.file = file;
        this.accountIds = accountIds;
        this.window = window;
    }

    @Override
    public boolean hasNext() {
        fillWindow();
        return !inOrder.isEmpty() || !late.isEmpty();
    }

    @Override
    public SourceEvent<Long, Transaction> next() {
        fillWindow();
        SourceEvent<Long, Transaction> next = takeEarliest();
        if (next == null) {
            throw new NoSuchElementException();
        }
        released = next.eventDate();
        return next;
    }

    private SourceEvent<Long, Transaction> takeEarliest() {
        SourceEvent<Long, Transaction> first = inOrder.peekFirst();
        SourceEvent<Long, Transaction> firstLate = late.peek();
        if (firstLate != null && (first == null || EARLIEST.compare(firstLate, first) < 0)) {
            return late.poll();
        }
        return inOrder.pollFirst();
    }

    private void fillWindow() {
        while (!endOfFile && inOrder.size() + late.size() <= window) {
            if (file.next()) {
                hold();
            } else {
                endOfFile = true;
                file.close();
            }
        }
    }

    private void hold() {
        SourceEvent<Long, Transaction> event;
        try {
            event = read(file.line());
        } catch (BadLineException e) {
            file.reject(e.getMessage());
            return;
        }
        LocalDate date = event.eventDate();
        if (released != null && date.isBefore(released)) {
            file.reject("dated " + date + " but the timeline has already passed " + released
                    + ": out of date order by more than " + window + " lines");
            return;
        }
        if (latestRead != null && date.isBefore(latestRead)) {
            file.outOfOrder();
            late.add(event);
        } else {
            latestRead = date;
            inOrder.addLast(event);
        }
        file.accepted();
    }

    private SourceEvent<Long, Transaction> read(DelimitedLine line) {
        long transactionId = line.longValue(0, "trans_id");
        long accountId = line.longValue(1, "account_id");
        LocalDate date = BerkaDate.parse(line, 2, "date");
        TransactionCodes.Decoded codes = TransactionCodes.decode(line, 3, 4, 7);
        long amount = line.hundredths(5, "amount");
        if (amount < 0) {
            throw new BadLineException("negative amount '" + line.text(5) + "' (the direction comes from type)");
        }
        BigDecimal balance = line.money(6, "balance");
        String partnerBank = line.textOrNull(8);
        String partnerAccount = line.is(9, NO_PARTNER_ACCOUNT) ? null : line.textOrNull(9);
        if (!accountIds.contains(accountId)) {
            throw BadLineException.unknownReference("account_id", accountId, BerkaFile.ACCOUNT.fileName());
        }
        var transaction = new Transaction(transactionId, accountId, date, codes.direction(), codes.kind(),
                BigDecimal.valueOf(amount, 2), balance, partnerBank, partnerAccount, codes.sourceCodes());
        return new SourceEvent<>(Topics.TRANSACTIONS, accountId, transaction, date, file.position());
    }

    @Override
    public void close() {
        file.close();
    }
}
