package dev.bankstream.ingest.source;

/**
 * The running {@link FileCounts} of one file while it is read. One thread writes; the fields are volatile so that a
 * status endpoint on another thread sees current figures.
 */
public final class FileTally {

    private volatile long linesRead;
    private volatile long accepted;
    private volatile long rejected;
    private volatile long skipped;
    private volatile long outOfOrder;

    void lineRead() {
        linesRead++;
    }

    void accepted() {
        accepted++;
    }

    void rejected() {
        rejected++;
    }

    void skipped() {
        skipped++;
    }

    void outOfOrder() {
        outOfOrder++;
    }

    public FileCounts snapshot() {
        return new FileCounts(linesRead, accepted, rejected, skipped, outOfOrder);
    }
}
