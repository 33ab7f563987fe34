package dev.bankstream.ingest.source.twm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.bankstream.contract.Topics;
import dev.bankstream.ingest.source.BankDataSet;
import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.FileCounts;
import dev.bankstream.ingest.source.FileTally;
import dev.bankstream.ingest.source.KnownIds;
import dev.bankstream.ingest.source.ReadOptions;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourceFile;
import dev.bankstream.ingest.source.Timeline;
import dev.bankstream.ingest.source.UnreadableFileException;
import dev.bankstream.schemas.AccountEvent;

/**
 * The Teradata Warehouse Miner bank sample (twm_customer.csv, twm_accounts.csv, twm_transactions.csv): customers
 * with checking, savings and credit-card accounts and one year of their transactions, mapped onto the same events
 * as Berka. It has no districts and no loans, so it publishes no district and no loan outcome.
 * <p>
 * The transaction file is sorted (see {@link TwmTransactions}) the first time the as-of date or the timeline is
 * asked for. Reference data is dated at the earliest account opening.
 */
public final class TwmDataSet implements BankDataSet {

    /** The file whose presence says a folder is a twm data set. */
    public static final String MARKER_FILE = TwmFile.CUSTOMER.fileName();

    private final boolean generated;
    private final ReadOptions options;
    private final Map<TwmFile, FileTally> tallies;
    private final List<SourceEvent<Long, AccountEvent>> accountEvents;
    private final TwmTables tables;
    private final KnownIds accountNumbers;
    private SourceFile transactionFile;
    private TwmTransactions transactions;
    private CloseableIterator<SourceEvent<?, ?>> timeline;

    private TwmDataSet(Path folder, RejectSink rejects, ReadOptions options) {
        for (TwmFile file : TwmFile.values()) {
            if (!Files.isRegularFile(file.in(folder))) {
                throw new UnreadableFileException(file.in(folder), "file is missing; a twm folder needs "
                        + TwmFile.CUSTOMER.fileName() + ", " + TwmFile.ACCOUNTS.fileName() + " and "
                        + TwmFile.TRANSACTIONS.fileName());
            }
        }
        this.generated = Files.exists(folder.resolve(GENERATED_MARKER));
        this.options = options;
        this.tallies = new EnumMap<>(TwmFile.class);
        for (TwmFile file : TwmFile.values()) {
            tallies.put(file, new FileTally());
        }
        this.tables = TwmTables.read(folder, rejects, tallies);
        this.accountEvents = tables.accountEvents();
        this.accountNumbers = tables.accountNumbers();
        // Opened now so that a bad header fails here, not in the middle of a replay.
        this.transactionFile = TwmFile.TRANSACTIONS.open(folder, rejects, tallies.get(TwmFile.TRANSACTIONS));
    }

    /** True when {@code folder} holds a twm data set (its twm_customer.csv). */
    public static boolean recognises(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER_FILE));
    }

    /**
     * @throws UnreadableFileException if one of the three files is missing, unreadable or has the wrong header
     */
    public static TwmDataSet open(Path folder, RejectSink rejects, ReadOptions options) {
        return new TwmDataSet(folder, rejects, options);
    }

    @Override
    public String format() {
        return "twm";
    }

    @Override
    public boolean generated() {
        return generated;
    }

    /** The given date, else the last transaction date, else (no transaction) the last account opening. */
    @Override
    public LocalDate asOfDate() {
        if (options.asOfDate() != null) {
            return options.asOfDate();
        }
        return sortedTransactions().lastDate()
                .or(() -> accountEvents.stream().map(SourceEvent::eventDate).reduce((first, second) -> second))
                .orElseThrow(() -> new IllegalStateException(
                        "The data set has no transaction and no account, so it has no as-of date; give one"));
    }

    @Override
    public List<SourceEvent<?, ?>> referenceData() {
        LocalDate firstDay = accountEvents.isEmpty() ? asOfDate() : accountEvents.get(0).eventDate();
        var events = new ArrayList<SourceEvent<?, ?>>(tables.customers.size());
        for (var customer : tables.customers) {
            events.add(new SourceEvent<>(Topics.CLIENTS, customer.value().getClientId(), customer.value(), firstDay,
                    customer.position()));
        }
        return List.copyOf(events);
    }

    @Override
    public CloseableIterator<SourceEvent<?, ?>> timeline() {
        if (timeline != null) {
            throw new IllegalStateException("The timeline of a data set can be read once; open the folder again");
        }
        timeline = new Timeline(accountEvents, sortedTransactions().inDateOrder());
        return timeline;
    }

    /** twm has no loans. */
    @Override
    public List<SourceEvent<?, ?>> loanOutcomes() {
        return List.of();
    }

    @Override
    public Map<String, FileCounts> counts() {
        var counts = new LinkedHashMap<String, FileCounts>();
        tallies.forEach((file, tally) -> counts.put(file.fileName(), tally.snapshot()));
        return counts;
    }

    private TwmTransactions sortedTransactions() {
        if (transactions == null) {
            transactions = TwmTransactions.sort(transactionFile, accountNumbers, options.sortChunkRows());
            transactionFile = null;
        }
        return transactions;
    }

    @Override
    public void close() {
        if (transactionFile != null) {
            transactionFile.close();
        }
        if (timeline != null) {
            timeline.close();
        }
        if (transactions != null) {
            transactions.discard();
        }
    }
}
