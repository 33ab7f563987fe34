package dev.bankstream.ingest.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Decodes one coded column of a source into a domain value, without allocating. The codes are few: they are found by
 * their shape (length, first and last character), which singles out one or two, and only those are compared with the
 * field in place; hashing a substring would allocate, and comparing with every code cost a tenth of a replay's
 * reading thread. An unknown code makes the line bad.
 *
 * @param <T> the domain value a code stands for
 */
public final class CodeTable<T> {

    private static final int SHAPES = 256;
    private static final int[] NO_CODES = {};

    private final String column;
    private final String[] codes;
    private final List<T> values;
    /** Indexes of the codes of each shape slot. */
    private final int[][] byShape = new int[SHAPES][];

    /** @param meanings each source code (after unquoting and trimming; "" for an empty field) with its value */
    public CodeTable(String column, Map<String, T> meanings) {
        this.column = column;
        this.codes = meanings.keySet().toArray(String[]::new);
        var ordered = new ArrayList<T>(codes.length);
        for (String code : codes) {
            ordered.add(meanings.get(code));
        }
        this.values = List.copyOf(ordered);
        Arrays.fill(byShape, NO_CODES);
        for (int i = 0; i < codes.length; i++) {
            String code = codes[i];
            int slot = code.isEmpty() ? 0 : shape(code.length(), code.charAt(0), code.charAt(code.length() - 1));
            byShape[slot] = Arrays.copyOf(byShape[slot], byShape[slot].length + 1);
            byShape[slot][byShape[slot].length - 1] = i;
        }
    }

    private static int shape(int length, char first, char last) {
        return ((length * 31 + first) * 31 + last) & (SHAPES - 1);
    }

    public T decode(DelimitedLine line, int field) {
        return values.get(indexOf(line, field));
    }

    /** The position of the field's code in this table, for callers that precompute per-code results. */
    public int indexOf(DelimitedLine line, int field) {
        int length = line.length(field);
        int slot = length == 0 ? 0 : shape(length, line.charAt(field, 0), line.charAt(field, length - 1));
        for (int i : byShape[slot]) {
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
