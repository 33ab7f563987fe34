package dev.bankstream.ingest.generate;

/**
 * How often the bank issues statements, and the month-end statement fee that choice costs. The fees are the only
 * values the real trans.asc shows for each frequency (14.60, 30.00 and 100.00 CZK a month).
 */
enum StatementFrequency {
    MONTHLY("POPLATEK MESICNE", 1_460),
    WEEKLY("POPLATEK TYDNE", 3_000),
    AFTER_EACH_TRANSACTION("POPLATEK PO OBRATU", 10_000);

    private final String code;
    private final long monthlyFeeCents;

    StatementFrequency(String code, long monthlyFeeCents) {
        this.code = code;
        this.monthlyFeeCents = monthlyFeeCents;
    }

    String code() {
        return code;
    }

    long monthlyFeeCents() {
        return monthlyFeeCents;
    }

    static StatementFrequency ofCode(String code) {
        for (StatementFrequency frequency : values()) {
            if (frequency.code.equals(code)) {
                return frequency;
            }
        }
        throw new IllegalArgumentException("unknown statement frequency: " + code);
    }
}
