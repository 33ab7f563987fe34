package dev.bankstream.ingest.source;

import java.util.Arrays;
import java.util.Collection;

/**
 * The ids of a small table, for foreign-key checks on every line of a big one: a sorted array searched in place,
 * so the check neither boxes the id nor hashes it.
 */
public final class KnownIds {

    private final long[] ids;

    public KnownIds(Collection<Long> ids) {
        this.ids = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    public boolean contains(long id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }
}
