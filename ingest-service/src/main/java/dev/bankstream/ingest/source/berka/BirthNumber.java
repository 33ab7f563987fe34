package dev.bankstream.ingest.source.berka;

import java.time.DateTimeException;
import java.time.LocalDate;

import dev.bankstream.ingest.source.BadLineException;
import dev.bankstream.ingest.source.DelimitedLine;
import dev.bankstream.schemas.Gender;

/** Berka's client.birth_number: {@code YYMMDD} for men, {@code YY(MM+50)DD} for women, born in the 1900s. */
record BirthNumber(LocalDate birthDate, Gender gender) {

    private static final int WOMEN_MONTH_OFFSET = 50;

    static BirthNumber parse(DelimitedLine line, int field) {
        if (line.length(field) != 6) {
            throw bad(line, field);
        }
        int year = line.digits(field, 0, 2);
        int month = line.digits(field, 2, 4);
        int day = line.digits(field, 4, 6);
        if (year < 0 || month < 0 || day < 0) {
            throw bad(line, field);
        }
        Gender gender = month > WOMEN_MONTH_OFFSET ? Gender.FEMALE : Gender.MALE;
        int birthMonth = gender == Gender.FEMALE ? month - WOMEN_MONTH_OFFSET : month;
        try {
            return new BirthNumber(LocalDate.of(1900 + year, birthMonth, day), gender);
        } catch (DateTimeException e) {
            throw bad(line, field);
        }
    }

    private static BadLineException bad(DelimitedLine line, int field) {
        return new BadLineException("bad birth_number '" + line.text(field)
                + "' (expected YYMMDD, month + 50 for women)");
    }
}
