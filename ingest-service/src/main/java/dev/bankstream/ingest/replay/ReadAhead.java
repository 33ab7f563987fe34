package dev.bankstream.ingest.replay;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.bankstream.ingest.source.CloseableIterator;
import dev.bankstream.ingest.source.RejectSink;
import dev.bankstream.ingest.source.SourceEvent;
import dev.bankstream.ingest.source.SourcePosition;

/**
 * Reads a timeline on a thread of its own, a bounded number of batches ahead, keeps the events the replay includes
 * and encodes them, so that parsing and serializing on one side and sending to Kafka on the other use both cores.
 * The rejects the reader meets travel in the same stream, in their place, so that the publishing thread handles
 * every event and reject in source order and inside its own transactions.
 */
final class ReadAhead implements Iterator<ReadAhead.Item>, RejectSink, AutoCloseable {

    sealed interface Item permits Event, Reject {
    }

    record Event(Publisher.Encoded event) implements Item {
    }

    record Reject(SourcePosition position, String rawLine, String reason) implements Item {
    }

    private static final int BATCH = 1024;
    private static final int BATCHES_AHEAD = 16;
    private static final List<Item> END = List.of();

    private final BlockingQueue<List<Item>> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private List<Item> filling = new ArrayList<>(BATCH);
    private List<Item> current = List.of();
    private int index;
    private volatile RuntimeException failure;
    private boolean ended;

    private final Predicate<SourceEvent<?, ?>> include;
    private final Function<SourceEvent<?, ?>, Publisher.Encoded> encoder;

    ReadAhead(CloseableIterator<SourceEvent<?, ?>> timeline, String name, Predicate<SourceEvent<?, ?>> include,
            Function<SourceEvent<?, ?>, Publisher.Encoded> encoder) {
        this.include = include;
        this.encoder = encoder;
        this.reader = new Thread(() -> read(timeline), name);
        this.reader.setDaemon(true);
    }

    /** Starts reading; from now on, rejects reported to this sink are queued in their place. */
    ReadAhead start() {
        reader.start();
        return this;
    }

    private void read(CloseableIterator<SourceEvent<?, ?>> timeline) {
        try (timeline) {
            while (timeline.hasNext()) {
                SourceEvent<?, ?> event = timeline.next();
                if (include.test(event)) {
                    add(new Event(encoder.apply(event)));
                }
            }
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            flush();
            batches.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void reject(SourcePosition position, String rawLine, String reason) {
        try {
            add(new Reject(position, rawLine, reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(Item item) throws InterruptedException {
        filling.add(item);
        if (filling.size() == BATCH) {
            flush();
        }
    }

    private void flush() throws InterruptedException {
        if (!filling.isEmpty()) {
            batches.put(filling);
            filling = new ArrayList<>(BATCH);
        }
    }

    @Override
    public boolean hasNext() {
        while (index == current.size()) {
            if (ended) {
                return false;
            }
            try {
                List<Item> next = batches.poll(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (next == END) {
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                    return false;
                }
                current = next;
                index = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the source files", e);
            }
        }
        return true;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(index++);
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
