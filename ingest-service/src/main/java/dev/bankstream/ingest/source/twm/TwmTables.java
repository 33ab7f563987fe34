package dev.bankstream.ingest.source.twm;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.KnownIds;
import dev.bankstream.ingest.source.Located;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.ingest.source.Timeline;
import dev.bankstream.schemas.AccountEvent;
import dev.bankstream.schemas.AccountOpened;
import dev.bankstream.schemas.CardIssued;
import dev.bankstream.schemas.CardType;
import dev.bankstream.schemas.Client;
import dev.bankstream.schemas.ClientLinked;
import dev.bankstream.schemas.ClientRole;
import dev.bankstream.schemas.StatementFrequency;

/**
 * twm_customer.csv and twm_accounts.csv, read whole.
 * <p>
 * twm has one customer per account and no disposition or card tables, so the account number stands in for both:
 * each account yields AccountOpened, ClientLinked (OWNER, disposition id = account number) and, for a credit-card
 * account, CardIssued (card id = account number), all at acct_start_date. Names and addresses are not read: the
 * contract has no field for them. acct_end_date is checked (NULL or a date) but not published: the contract has
 * no account-closed event. The sample has 1520 transactions dated before their account's acct_start_date; the
 * start date is kept as the source states it.
 */
final class TwmTables {

    final List<Located<Client>> customers = new ArrayList<>();
    private final Set<Long> customerIds = new HashSet<>();
    private final Set<Long> accountNumbers = new HashSet<>();
    private final List<SourceEvent<Long, AccountEvent>> opened = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> linked = new ArrayList<>();
    private final List<SourceEvent<Long, AccountEvent>> cards = new ArrayList<>();

    static TwmTables read(Path folder, RejectSink rejects, Map<TwmFile, FileTally> tallies) {
        var tables = new TwmTables();
        try (SourceFile file = TwmFile.CUSTOMER.open(folder, rejects, tallies.get(TwmFile.CUSTOMER))) {
            file.forEachLine(tables::readCustomer);
        }
        try (SourceFile file = TwmFile.ACCOUNTS.open(folder, rejects, tallies.get(TwmFile.ACCOUNTS))) {
            file.forEachLine(tables::readAccount);
        }
        return tables;
    }

    /** Opened, linked, cards: in date order, and within a day in that order, each in file order. */
    List<SourceEvent<Long, AccountEvent>> accountEvents() {
        var events = new ArrayList<SourceEvent<Long, AccountEvent>>(opened.size() + linked.size() + cards.size());
        events.addAll(opened);
        events.addAll(linked);
        events.addAll(cards);
        Timeline.sortByDate(events);
        return events;
    }

    KnownIds accountNumbers() {
        return new KnownIds(accountNumbers);
    }

    private void readCustomer(SourceFile file) {
        DelimitedLine line = file.line();
        long customerId = line.longValue(0, "cust_id");
        long income = line.longValue(1, "income");
        int age = line.intValue(2, "age");
        var gender = TwmCodes.GENDER.decode(line, 5);
        if (!customerIds.add(customerId)) {
            throw new BadLineException("duplicate cust_id " + customerId);
        }
        customers.add(new Located<>(new Client(customerId, null, age, gender, null, (double) income),
                file.position()));
    }

    private void readAccount(SourceFile file) {
        DelimitedLine line = file.line();
        long accountNumber = line.longValue(0, "acct_nbr");
        long customerId = line.longValue(1, "cust_id");
        String product = TwmCodes.PRODUCT.decode(line, 2);
        LocalDate start = TwmDate.parse(line, 4, "acct_start_date");
        if (!line.is(5, TwmDate.NULL)) {
            TwmDate.parse(line, 5, "acct_end_date");
        }
        if (!customerIds.contains(customerId)) {
            throw BadLineException.unknownReference("cust_id", customerId, TwmFile.CUSTOMER.fileName());
        }
        if (!accountNumbers.add(accountNumber)) {
            throw new BadLineException("duplicate acct_nbr " + accountNumber);
        }
        opened.add(event(file, accountNumber, start, new AccountOpened(null, StatementFrequency.UNKNOWN, product)));
        linked.add(event(file, accountNumber, start, new ClientLinked(customerId, accountNumber, ClientRole.OWNER)));
        if (TwmCodes.CREDIT_CARD.equals(product)) {
            cards.add(event(file, accountNumber, start, new CardIssued(accountNumber, accountNumber, CardType.CREDIT)));
        }
    }

    private static SourceEvent<Long, AccountEvent> event(SourceFile file, long accountNumber, LocalDate date,
            Object payload) {
        return new SourceEvent<>(Topics.ACCOUNT_EVENTS, accountNumber, new AccountEvent(accountNumber, date, payload),
                date, file.position());
    }
}
