package dev.bankstream.ingest.generate;

/** Hands out consecutive ids for one table. */
final class IdSequence {

    private int next;

    IdSequence(int first) {
        this.next = first;
    }

    int next() {
        return next++;
    }
}
