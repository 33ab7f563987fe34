package dev.bankstream.ingest.generate;

/**
 * What a standing order pays for: its k_symbol in order.asc, and the k_symbol its payments carry in trans.asc.
 * The two differ for leasing only: the real transaction table has no LEASING code, so leasing payments are booked
 * as unspecified ({@code " "}), the form real unspecified order payments take.
 */
enum OrderPurpose {
    HOUSEHOLD("SIPO", "SIPO"),
    INSURANCE("POJISTNE", "POJISTNE"),
    LEASING("LEASING", " "),
    LOAN("UVER", "UVER"),
    UNSPECIFIED(" ", " ");

    private final String orderCode;
    private final String transactionField;

    OrderPurpose(String orderCode, String transactionCode) {
        this.orderCode = orderCode;
        this.transactionField = BerkaText.quoted(transactionCode);
    }

    String orderCode() {
        return orderCode;
    }

    /** The quoted k_symbol field of this order's payments in trans.asc. */
    String transactionField() {
        return transactionField;
    }

    static OrderPurpose ofOrderCode(String code) {
        for (OrderPurpose purpose : values()) {
            if (purpose.orderCode.equals(code)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("unknown order k_symbol: '" + code + "'");
    }
}
