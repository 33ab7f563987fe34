package dev.bankstream.ingest.source.twm;

import java.util.Map;

import dev.bankstream.ingest.source.CodeTable;
import dev.bankstream.schemas.Gender;

/** twm's coded columns (CHAR-padded in the source; padding is trimmed before decoding). */
final class TwmCodes {

    static final String CREDIT_CARD = "CREDIT_CARD";

    static final CodeTable<Gender> GENDER = new CodeTable<>("gender", Map.of(
            "F", Gender.FEMALE,
            "M", Gender.MALE,
            "", Gender.UNKNOWN));

    /** acct_type as the product type of AccountOpened. */
    static final CodeTable<String> PRODUCT = new CodeTable<>("acct_type", Map.of(
            "CK", "CHECKING",
            "SV", "SAVINGS",
            "CC", CREDIT_CARD));

    private TwmCodes() {
    }
}
