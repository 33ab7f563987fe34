package dev.bankstream.ingest.source.berka;

import java.time.DateTimeException;
import java.time.LocalDate;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;

/** Berka's dates: {@code YYMMDD}, all in the 1900s; card.issued adds a time of day, which is dropped. */
final class BerkaDate {

    private static final int DATE_LENGTH = 6;
    private static final int WITH_TIME_LENGTH = 15;

    private BerkaDate() {
    }

    static LocalDate parse(DelimitedLine line, int field, String name) {
        int length = line.length(field);
        if (length != DATE_LENGTH && !(length == WITH_TIME_LENGTH && hasTimeOfDay(line, field))) {
            throw bad(line, field, name);
        }
        int year = line.digits(field, 0, 2);
        int month = line.digits(field, 2, 4);
        int day = line.digits(field, 4, 6);
        if (year < 0 || month < 0 || day < 0) {
            throw bad(line, field, name);
        }
        try {
            return LocalDate.of(1900 + year, month, day);
        } catch (DateTimeException e) {
            throw bad(line, field, name);
        }
    }

    /** " hh:mm:ss" after the date, as in {@code 931107 00:00:00}. */
    private static boolean hasTimeOfDay(DelimitedLine line, int field) {
        return line.charAt(field, 6) == ' ' && line.digits(field, 7, 9) >= 0 && line.charAt(field, 9) == ':'
                && line.digits(field, 10, 12) >= 0 && line.charAt(field, 12) == ':' && line.digits(field, 13, 15) >= 0;
    }

    private static BadLineException bad(DelimitedLine line, int field, String name) {
        return new BadLineException("bad date in " + name + ": '" + line.text(field) + "' (expected YYMMDD)");
    }
}
