package dev.bankstream.ingest.generate;

/** Card products and the largest single withdrawal each is used for. */
enum CardType {
    JUNIOR("junior", 1_000),
    CLASSIC("classic", 4_000),
    GOLD("gold", 8_000);

    private final String code;
    private final int largestWithdrawalCrowns;

    CardType(String code, int largestWithdrawalCrowns) {
        this.code = code;
        this.largestWithdrawalCrowns = largestWithdrawalCrowns;
    }

    String code() {
        return code;
    }

    int largestWithdrawalCrowns() {
        return largestWithdrawalCrowns;
    }
}
