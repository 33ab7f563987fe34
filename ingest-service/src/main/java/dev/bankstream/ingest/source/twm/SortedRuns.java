package dev.bankstream.ingest.source.twm;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import dev.bankstream.ingest.source.CloseableIterator;

/**
 * A bounded external sort of transaction rows: rows are sorted in memory a chunk at a time; when a chunk is full it
 * is written to a temporary file as a sorted run, and the runs are merged at the end. Memory holds one chunk plus
 * one row per run. When everything fits in one chunk, nothing touches the disk.
 */
final class SortedRuns implements AutoCloseable {

    private static final int IO_BUFFER_BYTES = 1 << 16;

    private final int chunkRows;
    private final List<TransactionRow> chunk = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<RunReader> openReaders = new ArrayList<>();
    private Path spillFolder;

    private record Run(Path file, long rows) {
    }

    SortedRuns(int chunkRows) {
        this.chunkRows = chunkRows;
    }

    void add(TransactionRow row) {
        chunk.add(row);
        if (chunk.size() == chunkRows) {
            spill();
        }
    }

    /** All rows added, in order; call once, after the last {@link #add}. */
    CloseableIterator<TransactionRow> sorted() {
        if (runs.isEmpty()) {
            Collections.sort(chunk);
            return new ChunkIterator(chunk);
        }
        if (!chunk.isEmpty()) {
            spill();
        }
        var merge = new PriorityQueue<RunReader>(Comparator.comparing(RunReader::head));
        for (Run run : runs) {
            var reader = new RunReader(run);
            openReaders.add(reader);
            if (reader.advance()) {
                merge.add(reader);
            }
        }
        return new MergeIterator(merge);
    }

    private void spill() {
        Collections.sort(chunk);
        try {
            if (spillFolder == null) {
                spillFolder = Files.createTempDirectory("bankstream-sort-");
            }
            Path file = spillFolder.resolve("run-" + runs.size() + ".bin");
            try (var out = new DataOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(file), IO_BUFFER_BYTES))) {
                for (TransactionRow row : chunk) {
                    row.writeTo(out);
                }
            }
            runs.add(new Run(file, chunk.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a sorted run to the temporary folder", e);
        }
        chunk.clear();
    }

    @Override
    public void close() {
        openReaders.forEach(RunReader::close);
        if (spillFolder == null) {
            return;
        }
        try {
            for (Run run : runs) {
                Files.deleteIfExists(run.file());
            }
            Files.deleteIfExists(spillFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the sort's temporary files in " + spillFolder, e);
        }
    }

    private static final class RunReader {

        private final DataInputStream in;
        private long remaining;
        private TransactionRow head;

        RunReader(Run run) {
            try {
                this.in = new DataInputStream(
                        new BufferedInputStream(Files.newInputStream(run.file()), IO_BUFFER_BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the sorted run " + run.file(), e);
            }
            this.remaining = run.rows();
        }

        TransactionRow head() {
            return head;
        }

        boolean advance() {
            if (remaining == 0) {
                close();
                return false;
            }
            try {
                head = TransactionRow.readFrom(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a sorted run", e);
            }
            remaining--;
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // A read-only stream: nothing is lost if closing it fails.
            }
        }
    }

    private final class MergeIterator implements CloseableIterator<TransactionRow> {

        private final PriorityQueue<RunReader> merge;

        MergeIterator(PriorityQueue<RunReader> merge) {
            this.merge = merge;
        }

        @Override
        public boolean hasNext() {
            return !merge.isEmpty();
        }

        @Override
        public TransactionRow next() {
            RunReader reader = merge.poll();
            if (reader == null) {
                throw new NoSuchElementException();
            }
            TransactionRow row = reader.head();
            if (reader.advance()) {
                merge.add(reader);
            }
            return row;
        }

        @Override
        public void close() {
            SortedRuns.this.close();
        }
    }

    private final class ChunkIterator implements CloseableIterator<TransactionRow> {

        private final List<TransactionRow> rows;
        private int next;

        ChunkIterator(List<TransactionRow> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return next < rows.size();
        }

        @Override
        public TransactionRow next() {
            if (next == rows.size()) {
                throw new NoSuchElementException();
            }
            return rows.get(next++);
        }

        @Override
        public void close() {
            SortedRuns.this.close();
        }
    }
}
