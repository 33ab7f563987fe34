package dev.bankstream.ingest.source.berka;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.KnownIds;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.ingest.source.SourcePosition;
import dev.bankstream.ingest.source.Timeline;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.LoanGranted;
import dev.bankstream.schemas.LoanStatus;
import dev.bankstream.schemas.StandingOrderSet;

/**
 * account.asc, disp.asc, order.asc, loan.asc and card.asc, read whole into the account events of the timeline.
 * <p>
 * Dates: an account is opened at account.date; its clients are linked at the same date (disp has no date of its
 * own); a loan is granted at loan.date; a card is issued at card.issued. <b>Standing orders have no date in Berka:
 * the data set lists the orders that exist at its end, not when they were set up.</b> They are published at the
 * account's opening date, the earliest date they can have existed, so a consumer sees them from the account's
 * start; a consumer that needs "orders known at time t" cannot get that from this source.
 */
final class BerkaAccountTables {

    /** The product of every Berka account: the bank had one kind of current account. */
    private static final String CURRENT_ACCOUNT = "CURRENT";

    /** A loan as needed for its outcome, which is dated only once the as-of date is known. */
    record Loan(long loanId, long accountId, LoanStatus status, SourcePosition position) {
    }

    private final Set<Integer> districtIds;
    private final Set<Long> clientIds;
    private final Map<Long, LocalDate> openingDates = new HashMap<>();
    private final Map<Long, Long> accountOfDisposition = new HashMap<>();
    private final Set<Long> orderIds = new HashSet<>();
    private final Set<Long> loanIds = new HashSet<>();
    private final Map<Long, Long> loanOfAccount = new HashMap<>();
    private final Set<Long> cardIds = new HashSet<>();
    private final List<SourceEvent<Long, AccountEvent>> opened = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> linked = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> orders = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> granted = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> cards = new ArrayList<>();
    private final List<Loan> loans = new ArrayList<>();

    private BerkaAccountTables(BerkaReferenceTables reference) {
        this.districtIds = reference.districtIds;
        this.clientIds = reference.clientIds;
    }

    static BerkaAccountTables read(Path folder, RejectSink rejects, Map<BerkaFile, FileTally> tallies,
            BerkaReferenceTables reference) {
        var tables = new BerkaAccountTables(reference);
        tables.read(folder, rejects, tallies, BerkaFile.ACCOUNT, tables::readAccount);
        tables.read(folder, rejects, tallies, BerkaFile.DISP, tables::readDisposition);
        tables.read(folder, rejects, tallies, BerkaFile.ORDER, tables::readOrder);
        tables.read(folder, rejects, tallies, BerkaFile.LOAN, tables::readLoan);
        tables.read(folder, rejects, tallies, BerkaFile.CARD, tables::readCard);
        return tables;
    }

    private void read(Path folder, RejectSink rejects, Map<BerkaFile, FileTally> tallies, BerkaFile berkaFile,
            SourceFile.LineHandler handler) {
        try (SourceFile file = berkaFile.open(folder, rejects, tallies.get(berkaFile))) {
            file.forEachLine(handler);
        }
    }

    /** Opened, linked, orders, loans, cards: in date order, and within a day in that order, each in file order. */
    List<SourceEvent<Long, AccountEvent>> accountEvents() {
        var events = new ArrayList<SourceEvent<Long, AccountEvent>>(
                opened.size() + linked.size() + orders.size() + granted.size() + cards.size());
        events.addAll(opened);
        events.addAll(linked);
        events.addAll(orders);
        events.addAll(granted);
        events.addAll(cards);
        Timeline.sortByDate(events);
        return events;
    }

    KnownIds accountIds() {
        return new KnownIds(openingDates.keySet());
    }

    List<Loan> loans() {
        return loans;
    }

    private void readAccount(SourceFile file) {
        DelimitedLine line = file.line();
        long accountId = line.longValue(0, "account_id");
        int districtId = line.intValue(1, "district_id");
        var frequency = BerkaCodes.FREQUENCY.decode(line, 2);
        LocalDate date = BerkaDate.parse(line, 3, "date");
        if (!districtIds.contains(districtId)) {
            throw BadLineException.unknownReference("district_id", districtId, BerkaFile.DISTRICT.fileName());
        }
        if (openingDates.putIfAbsent(accountId, date) != null) {
            throw new BadLineException("duplicate account_id " + accountId);
        }
        opened.add(event(file, accountId, date, new AccountOpened(districtId, frequency, CURRENT_ACCOUNT)));
    }

    private void readDisposition(SourceFile file) {
        DelimitedLine line = file.line();
        long dispositionId = line.longValue(0, "disp_id");
        long clientId = line.longValue(1, "client_id");
        long accountId = line.longValue(2, "account_id");
        var role = BerkaCodes.DISPOSITION_TYPE.decode(line, 3);
        if (!clientIds.contains(clientId)) {
            throw BadLineException.unknownReference("client_id", clientId, BerkaFile.CLIENT.fileName());
        }
        LocalDate opened = openingDate(accountId);
        if (accountOfDisposition.putIfAbsent(dispositionId, accountId) != null) {
            throw new BadLineException("duplicate disp_id " + dispositionId);
        }
        linked.add(event(file, accountId, opened, new ClientLinked(clientId, dispositionId, role)));
    }

    private void readOrder(SourceFile file) {
        DelimitedLine line = file.line();
        long orderId = line.longValue(0, "order_id");
        long accountId = line.longValue(1, "account_id");
        String bank = line.requiredText(2, "bank_to");
        String recipientAccount = line.requiredText(3, "account_to");
        var amount = line.money(4, "amount");
        var purpose = BerkaCodes.ORDER_PURPOSE.decode(line, 5);
        LocalDate opened = openingDate(accountId);
        if (!orderIds.add(orderId)) {
            throw new BadLineException("duplicate order_id " + orderId);
        }
        orders.add(event(file, accountId, opened,
                new StandingOrderSet(orderId, bank, recipientAccount, amount, purpose)));
    }

    private void readLoan(SourceFile file) {
        DelimitedLine line = file.line();
        long loanId = line.longValue(0, "loan_id");
        long accountId = line.longValue(1, "account_id");
        LocalDate date = BerkaDate.parse(line, 2, "date");
        var amount = line.money(3, "amount");
        int duration = line.intValue(4, "duration");
        var payments = line.money(5, "payments");
        var status = BerkaCodes.LOAN_STATUS.decode(line, 6);
        openingDate(accountId);
        Long earlierLoan = loanOfAccount.get(accountId);
        if (earlierLoan != null) {
            // Loan outcomes are keyed by account: a second loan would overwrite the first one's label.
            throw new BadLineException("account_id " + accountId + " already has loan " + earlierLoan
                    + " (Berka allows one loan per account)");
        }
        if (!loanIds.add(loanId)) {
            throw new BadLineException("duplicate loan_id " + loanId);
        }
        loanOfAccount.put(accountId, loanId);
        loans.add(new Loan(loanId, accountId, status, file.position()));
        granted.add(event(file, accountId, date, new LoanGranted(loanId, amount, duration, payments)));
    }

    private void readCard(SourceFile file) {
        DelimitedLine line = file.line();
        long cardId = line.longValue(0, "card_id");
        long dispositionId = line.longValue(1, "disp_id");
        var type = BerkaCodes.CARD_TYPE.decode(line, 2);
        LocalDate issued = BerkaDate.parse(line, 3, "issued");
        Long accountId = accountOfDisposition.get(dispositionId);
        if (accountId == null) {
            throw BadLineException.unknownReference("disp_id", dispositionId, BerkaFile.DISP.fileName());
        }
        if (!cardIds.add(cardId)) {
            throw new BadLineException("duplicate card_id " + cardId);
        }
        cards.add(event(file, accountId, issued, new CardIssued(cardId, dispositionId, type)));
    }

    private LocalDate openingDate(long accountId) {
        LocalDate opened = openingDates.get(accountId);
        if (opened == null) {
            throw BadLineException.unknownReference("account_id", accountId, BerkaFile.ACCOUNT.fileName());
        }
        return opened;
    }

    private static SourceEvent<Long, AccountEvent> event(SourceFile file, long accountId, LocalDate date,
            Object payload) {
        return new SourceEvent<>(Topics.ACCOUNT_EVENTS, accountId, new AccountEvent(accountId, date, payload), date,
                file.position());
    }
}
