package dev.bankstream.ingest.source;

import java.util.Iterator;

/** An iterator over a file-backed stream: close it to release the file (and any spill files) early. */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {

    @Override
    void close();
}
