package dev.bankstream.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes one coded column of a source into a domain value, without allocating: the codes are few, so a scan that
 * compares the field in place beats hashing a substring. An unknown code makes the line bad.
 *
 * @param <T> the domain value a code stands for
 */
public final class CodeTable<T> {

    private final String column;
    private final String[] codes;
    private final List<T> values;

    /** @param meanings each source code (after unquoting and trimming; "" for an empty field) with its value */
    public CodeTable(String column, Map<String, T> meanings) {
        this.column = column;
        this.codes = meanings.keySet().toArray(String[]::new);
        var ordered = new ArrayList<T>(codes.length);
        for (String code : codes) {
            ordered.add(meanings.get(code));
        }
        this.values = List.copyOf(ordered);
    }

    public T decode(DelimitedLine line, int field) {
        return values.get(indexOf(line, field));
    }

    /** The position of the field's code in this table, for callers that precompute per-code results. */
    public int indexOf(DelimitedLine line, int field) {
        for (int i = 0; i < codes.length; i++) {
            if (line.is(field, codes[i])) {
                return i;
            }
        }
        throw new BadLineException("unknown " + column + " '" + line.text(field) + "'");
    }

    public int size() {
        return codes.length;
    }

    public String code(int index) {
        return codes[index];
    }

    public T value(int index) {
        return values.get(index);
    }
}
