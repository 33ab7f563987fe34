package dev.bankstream.ingest.generate;

import java.time.LocalDate;

/** A person linked to accounts; the birth number encodes birth date and gender as Berka does. */
record Client(int id, LocalDate birthDate, boolean female, int districtId) {

    /** {@code YYMMDD} for men, {@code YY(MM+50)DD} for women. */
    String birthNumber() {
        StringBuilder out = new StringBuilder(6);
        BerkaText.appendTwoDigits(out, birthDate.getYear() % 100);
        BerkaText.appendTwoDigits(out, birthDate.getMonthValue() + (female ? 50 : 0));
        return BerkaText.appendTwoDigits(out, birthDate.getDayOfMonth()).toString();
    }
}
