package dev.bankstream.ingest.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.bankstream.ingest.source.berka.BerkaDataSet;
import dev.bankstream.ingest.source.twm.TwmDataSet;

/**
 * A bank data set on disk, decoded into Bankstream's events. Opening it reads the small tables (and rejects their
 * bad lines); the transactions are streamed by {@link #timeline()}.
 * <p>
 * Use: publish {@link #referenceData()} first, then {@link #timeline()} in order, then {@link #loanOutcomes()}.
 */
public interface BankDataSet extends AutoCloseable {

    /** A folder holding a file of this name was written by Bankstream's generator, not taken from a real bank. */
    String GENERATED_MARKER = "GENERATED";

    /** Opens a Berka or twm folder with the default {@link ReadOptions}. */
    static BankDataSet open(Path folder, RejectSink rejects) {
        return open(folder, rejects, ReadOptions.defaults());
    }

    /**
     * Opens the data set in {@code folder}, recognised by its files: Berka ({@code account.asc} ...) or twm
     * ({@code twm_customer.csv} ...).
     *
     * @throws IllegalArgumentException if the folder is missing or holds neither format
     * @throws UnreadableFileException  if a file the format needs is missing, unreadable or has the wrong header
     */
    static BankDataSet open(Path folder, RejectSink rejects, ReadOptions options) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("Not a data set folder (no such directory): " + folder);
        }
        if (BerkaDataSet.recognises(folder)) {
            return BerkaDataSet.open(folder, rejects, options);
        }
        if (TwmDataSet.recognises(folder)) {
            return TwmDataSet.open(folder, rejects, options);
        }
        throw new IllegalArgumentException("Not a known data set: " + folder + " holds neither "
                + BerkaDataSet.MARKER_FILE + " (Berka / PKDD'99) nor " + TwmDataSet.MARKER_FILE
                + " (Teradata Warehouse Miner sample)");
    }

    /** "berka" or "twm". */
    String format();

    /** True when the data set was written by Bankstream's generator (results on it must say so). */
    boolean generated();

    /** The date loan outcomes are stated at: the last transaction date unless {@link ReadOptions} gave one. */
    LocalDate asOfDate();

    /** Districts, then clients: small tables to publish before the timeline. */
    List<SourceEvent<?, ?>> referenceData();

    /**
     * Account events and transactions in event-date order; within a day, account events first, each kind in source
     * order. Streamed: the transaction file is read as the iterator advances. Can be called once per data set.
     */
    CloseableIterator<SourceEvent<?, ?>> timeline();

    /** One {@code LoanOutcome} per loan, dated at {@link #asOfDate()}, keyed by account id. */
    List<SourceEvent<?, ?>> loanOutcomes();

    /** Counts per source file name, in reading order; complete once the timeline is exhausted. */
    Map<String, FileCounts> counts();

    @Override
    void close();
}
