package dev.bankstream.ingest.generate;

import java.time.LocalDate;

/**
 * Writes values the way the Berka files spell them: {@code YYMMDD} dates, bare amounts with two decimals, quoted text.
 * Appends to a caller's StringBuilder because the transaction file has a million rows and String.format is too slow.
 */
final class BerkaText {

    /** The Berka date format has a two-digit year, so every date must fall in the 1900s. */
    static final LocalDate FIRST_WRITABLE_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_WRITABLE_DAY = LocalDate.of(1999, 12, 31);

    static StringBuilder appendDate(StringBuilder out, LocalDate date) {
        if (date.isBefore(FIRST_WRITABLE_DAY) || date.isAfter(LAST_WRITABLE_DAY)) {
            throw new IllegalArgumentException("Berka dates are YYMMDD in the 1900s; cannot write " + date);
        }
        appendTwoDigits(out, date.getYear() % 100);
        appendTwoDigits(out, date.getMonthValue());
        return appendTwoDigits(out, date.getDayOfMonth());
    }

    static String date(LocalDate date) {
        return appendDate(new StringBuilder(6), date).toString();
    }

    /** Amount in hundredths of a crown, written as the originals do: {@code -1234.50}. */
    static StringBuilder appendMoney(StringBuilder out, long cents) {
        long magnitude = cents;
        if (cents < 0) {
            out.append('-');
            magnitude = -cents;
        }
        out.append(magnitude / 100).append('.');
        return appendTwoDigits(out, (int) (magnitude % 100));
    }

    static String money(long cents) {
        return appendMoney(new StringBuilder(12), cents).toString();
    }

    static String quoted(String text) {
        return '"' + text + '"';
    }

    static StringBuilder appendTwoDigits(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        return out.append(value);
    }

    /** Parses the Berka {@code YYMMDD} form (optionally followed by a time, as in card.issued). */
    static LocalDate parseDate(String field) {
        String digits = unquoted(field).trim();
        return LocalDate.of(1900 + Integer.parseInt(digits.substring(0, 2)),
                Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
    }

    /** Parses a bare decimal such as {@code 3372.70} or {@code 96396} into hundredths. */
    static long parseMoney(String field) {
        String text = unquoted(field).trim();
        boolean negative = text.startsWith("-");
        String magnitude = negative ? text.substring(1) : text;
        int dot = magnitude.indexOf('.');
        long cents;
        if (dot < 0) {
            cents = Long.parseLong(magnitude) * 100;
        } else {
            String fraction = (magnitude.substring(dot + 1) + "00").substring(0, 2);
            cents = Long.parseLong(magnitude.substring(0, dot)) * 100 + Long.parseLong(fraction);
        }
        return negative ? -cents : cents;
    }

    static String unquoted(String field) {
        if (field.length() >= 2 && field.charAt(0) == '"' && field.charAt(field.length() - 1) == '"') {
            return field.substring(1, field.length() - 1);
        }
        return field;
    }

    private BerkaText() {
    }
}
