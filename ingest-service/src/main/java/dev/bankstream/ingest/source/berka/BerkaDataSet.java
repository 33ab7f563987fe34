package dev.bankstream.ingest.source.berka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import dev.bankstream.schemas.LoanOutcome;

/**
 * A Berka / PKDD'99 folder (the eight {@code .asc} files of the original distribution), complete or with a partial
 * trans.asc. Opening it reads and checks the seven small tables; trans.asc is streamed by {@link #timeline()}.
 * <p>
 * Reference data is dated at the first day of the timeline (the earliest account event), so it precedes every
 * event that refers to it. Accounts, loans and cards dated after the last transaction (a partial trans.asc) are
 * kept: they happened, and the as-of date does not cut the timeline.
 */
public final class BerkaDataSet implements BankDataSet {

    /** The file whose presence says a folder is a Berka data set. */
    public static final String MARKER_FILE = BerkaFile.ACCOUNT.fileName();

    private final boolean generated;
    private final int reorderWindow;
    private final LocalDate asOfDate;
    private final List<SourceEvent<?, ?>> referenceData;
    private final List<SourceEvent<Long, AccountEvent>> accountEvents;
    private final List<SourceEvent<?, ?>> loanOutcomes;
    private final KnownIds accountIds;
    private final Map<BerkaFile, FileTally> tallies;
    private SourceFile transFile;
    private CloseableIterator<SourceEvent<?, ?>> timeline;

    private BerkaDataSet(Path folder, RejectSink rejects, ReadOptions options) {
        requireAllFiles(folder);
        this.generated = Files.exists(folder.resolve(GENERATED_MARKER));
        this.reorderWindow = options.reorderWindow();
        this.tallies = new EnumMap<>(BerkaFile.class);
        for (BerkaFile file : BerkaFile.values()) {
            tallies.put(file, new FileTally());
        }
        var reference = BerkaReferenceTables.read(folder, rejects, tallies);
        var accounts = BerkaAccountTables.read(folder, rejects, tallies, reference);
        this.accountEvents = accounts.accountEvents();
        this.accountIds = accounts.accountIds();
        this.asOfDate = options.asOfDate() != null ? options.asOfDate() : lastTransactionDate(folder);
        this.referenceData = referenceData(reference,
                accountEvents.isEmpty() ? asOfDate : accountEvents.get(0).eventDate());
        this.loanOutcomes = accounts.loans().stream()
                .map(loan -> new SourceEvent<>(Topics.LOAN_OUTCOMES, loan.accountId(),
                        new LoanOutcome(loan.loanId(), loan.accountId(), asOfDate, loan.status(),
                                BerkaCodes.defaulted(loan.status())),
                        asOfDate, loan.position()))
                .collect(Collectors.toUnmodifiableList());
        // Opened now so that a bad header fails here, not in the middle of a replay.
        this.transFile = BerkaFile.TRANS.open(folder, rejects, tallies.get(BerkaFile.TRANS));
    }

    /** True when {@code folder} holds a Berka data set (its account.asc). */
    public static boolean recognises(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER_FILE));
    }

    /**
     * @throws UnreadableFileException if one of the eight files is missing, unreadable or has the wrong header
     */
    public static BerkaDataSet open(Path folder, RejectSink rejects, ReadOptions options) {
        return new BerkaDataSet(folder, rejects, options);
    }

    private static void requireAllFiles(Path folder) {
        for (BerkaFile file : BerkaFile.values()) {
            if (!Files.isRegularFile(file.in(folder))) {
                throw new UnreadableFileException(file.in(folder), "file is missing; a Berka folder needs all of "
                        + Arrays.stream(BerkaFile.values()).map(BerkaFile::fileName).collect(Collectors.joining(", ")));
            }
        }
    }

    /** The last transaction's date; without transactions, the last account event's. */
    private LocalDate lastTransactionDate(Path folder) {
        return LastTransactionDate.of(BerkaFile.TRANS.in(folder))
                .or(() -> accountEvents.stream().map(SourceEvent::eventDate).reduce((first, second) -> second))
                .orElseThrow(() -> new UnreadableFileException(BerkaFile.TRANS.in(folder),
                        "the data set has no transaction and no account, so it has no as-of date; give one"));
    }

    private static List<SourceEvent<?, ?>> referenceData(BerkaReferenceTables reference, LocalDate firstDay) {
        var events = new ArrayList<SourceEvent<?, ?>>(reference.districts.size() + reference.clients.size());
        for (var district : reference.districts) {
            events.add(new SourceEvent<>(Topics.DISTRICTS, district.value().getDistrictId(), district.value(),
                    firstDay, district.position()));
        }
        for (var client : reference.clients) {
            events.add(new SourceEvent<>(Topics.CLIENTS, client.value().getClientId(), client.value(), firstDay,
                    client.position()));
        }
        return List.copyOf(events);
    }

    @Override
    public String format() {
        return "berka";
    }

    @Override
    public boolean generated() {
        return generated;
    }

    @Override
    public LocalDate asOfDate() {
        return asOfDate;
    }

    @Override
    public List<SourceEvent<?, ?>> referenceData() {
        return referenceData;
    }

    @Override
    public CloseableIterator<SourceEvent<?, ?>> timeline() {
        if (timeline != null) {
            throw new IllegalStateException("The timeline of a data set can be read once; open the folder again");
        }
        timeline = new Timeline(accountEvents, new BerkaTransactions(transFile, accountIds, reorderWindow));
        transFile = null;
        return timeline;
    }

    @Override
    public List<SourceEvent<?, ?>> loanOutcomes() {
        return loanOutcomes;
    }

    @Override
    public Map<String, FileCounts> counts() {
        var counts = new LinkedHashMap<String, FileCounts>();
        tallies.forEach((file, tally) -> counts.put(file.fileName(), tally.snapshot()));
        return counts;
    }

    @Override
    public void close() {
        if (transFile != null) {
            transFile.close();
        }
        if (timeline != null) {
            timeline.close();
        }
    }
}
