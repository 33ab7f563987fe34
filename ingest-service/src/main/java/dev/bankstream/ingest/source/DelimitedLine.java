package dev.bankstream.ingest.source;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * One line split into fields, reused from line to line so that reading allocates only what the events keep.
 * <p>
 * A field's value is its text with surrounding spaces and one pair of surrounding double quotes removed (and the
 * spaces inside the quotes), so the many spellings of "nothing" in the sources are all the empty value: Berka's
 * {@code ""}, {@code " "} and bare empty fields, and twm's blank CHAR-padded columns. The sources never put the
 * separator or a quote inside a value, so no escaping is handled.
 */
public final class DelimitedLine {

    private static final int MONEY_INTEGER_DIGITS = 12;

    private final char separator;
    private String text = "";
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    public DelimitedLine(char separator) {
        this.separator = separator;
    }

    /** Splits {@code line}; a field with an opening quote but no closing one makes the line bad. */
    public void parse(String line) {
        text = line;
        size = 0;
        int start = 0;
        for (int i = 0, n = line.length(); i < n; i++) {
            if (line.charAt(i) == separator) {
                add(start, i);
                start = i + 1;
            }
        }
        add(start, line.length());
    }

    private void add(int start, int end) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        boolean opens = start < end && text.charAt(start) == '"';
        boolean closes = end - start >= 2 && text.charAt(end - 1) == '"';
        if (opens != closes) {
            throw new BadLineException("unbalanced quote in field " + (size + 1));
        }
        if (opens) {
            start++;
            end--;
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == ' ') {
                end--;
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    public String raw() {
        return text;
    }

    public int size() {
        return size;
    }

    public int length(int field) {
        return ends[field] - starts[field];
    }

    public boolean isEmpty(int field) {
        return ends[field] == starts[field];
    }

    public char charAt(int field, int index) {
        return text.charAt(starts[field] + index);
    }

    /** True when the field's value is exactly {@code value}; allocates nothing. */
    public boolean is(int field, String value) {
        int length = ends[field] - starts[field];
        return length == value.length() && text.regionMatches(starts[field], value, 0, length);
    }

    public String text(int field) {
        return text.substring(starts[field], ends[field]);
    }

    public String textOrNull(int field) {
        return isEmpty(field) ? null : text(field);
    }

    public String requiredText(int field, String name) {
        if (isEmpty(field)) {
            throw new BadLineException("missing " + name);
        }
        return text(field);
    }

    /**
     * The number written by the field's characters {@code from} (inclusive) to {@code to} (exclusive), or -1 if one
     * of them is not a digit.
     */
    public int digits(int field, int from, int to) {
        int value = 0;
        for (int i = starts[field] + from, end = starts[field] + to; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    public long longValue(int field, String name) {
        int i = starts[field];
        int end = ends[field];
        if (i == end) {
            throw new BadLineException("missing " + name);
        }
        boolean negative = text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        if (i == end) {
            throw badNumber(field, name);
        }
        long value = 0;
        for (; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
                throw badNumber(field, name);
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    public int intValue(int field, String name) {
        long value = longValue(field, name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw badNumber(field, name);
        }
        return (int) value;
    }

    /**
     * An amount with at most two decimals, as hundredths: {@code "-14.6"} is -1460. At most 12 digits before the
     * point: the contract's amounts are decimal(14,2), and a larger one would fail only when published.
     */
    public long hundredths(int field, String name) {
        int i = starts[field];
        int end = ends[field];
        if (i == end) {
            throw new BadLineException("missing " + name);
        }
        boolean negative = text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        int integerDigits = 0;
        for (; i < end && text.charAt(i) != '.'; i++, integerDigits++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw badNumber(field, name);
            }
            if (integerDigits == MONEY_INTEGER_DIGITS) {
                throw new BadLineException("more than " + MONEY_INTEGER_DIGITS + " digits before the point in "
                        + name + ": '" + text(field) + "'");
            }
            value = value * 10 + digit;
        }
        int decimals = 0;
        if (i < end) {
            for (i++; i < end; i++, decimals++) {
                int digit = text.charAt(i) - '0';
                if (digit < 0 || digit > 9) {
                    throw badNumber(field, name);
                }
                if (decimals == 2) {
                    throw new BadLineException("more than 2 decimals in " + name + ": '" + text(field) + "'");
                }
                value = value * 10 + digit;
            }
            if (decimals == 0) {
                throw badNumber(field, name);
            }
        }
        if (integerDigits == 0) {
            throw badNumber(field, name);
        }
        for (; decimals < 2; decimals++) {
            value *= 10;
        }
        return negative ? -value : value;
    }

    public BigDecimal money(int field, String name) {
        return BigDecimal.valueOf(hundredths(field, name), 2);
    }

    /** A plain decimal number (digits, an optional sign and point): no exponents, no NaN or Infinity. */
    public double doubleValue(int field, String name) {
        int start = starts[field];
        int end = ends[field];
        if (start == end) {
            throw new BadLineException("missing " + name);
        }
        int digits = 0;
        int points = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.') {
                points++;
            } else if (c != '-' || i != start) {
                throw badNumber(field, name);
            }
        }
        if (digits == 0 || points > 1) {
            throw badNumber(field, name);
        }
        return Double.parseDouble(text(field));
    }

    private BadLineException badNumber(int field, String name) {
        return new BadLineException("bad number in " + name + ": '" + text(field) + "'");
    }
}
