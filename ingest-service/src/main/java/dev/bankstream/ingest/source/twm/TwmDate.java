package dev.bankstream.ingest.source.twm;

import java.time.DateTimeException;
import java.time.LocalDate;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;

/** twm's dates: {@code d.m.yyyy}, day first, without zero padding ({@code 5.2.1995} is 5 February). */
final class TwmDate {

    /** How twm writes a missing date (acct_end_date of an open account). */
    static final String NULL = "NULL";

    private TwmDate() {
    }

    static LocalDate parse(DelimitedLine line, int field, String name) {
        int length = line.length(field);
        int firstDot = indexOfDot(line, field, 0, length);
        int secondDot = firstDot < 0 ? -1 : indexOfDot(line, field, firstDot + 1, length);
        if (firstDot < 1 || firstDot > 2 || secondDot - firstDot < 2 || secondDot - firstDot > 3
                || length - secondDot != 5) {
            throw bad(line, field, name);
        }
        int day = line.digits(field, 0, firstDot);
        int month = line.digits(field, firstDot + 1, secondDot);
        int year = line.digits(field, secondDot + 1, length);
        if (day < 0 || month < 0 || year < 0) {
            throw bad(line, field, name);
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw bad(line, field, name);
        }
    }

    private static int indexOfDot(DelimitedLine line, int field, int from, int length) {
        for (int i = from; i < length; i++) {
            if (line.charAt(field, i) == '.') {
                return i;
            }
        }
        return -1;
    }

    private static BadLineException bad(DelimitedLine line, int field, String name) {
        return new BadLineException("bad date in " + name + ": '" + line.text(field) + "' (expected d.m.yyyy)");
    }
}
