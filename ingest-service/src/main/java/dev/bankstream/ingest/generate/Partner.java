package dev.bankstream.ingest.generate;

/**
 * The other side of a transfer: a bank code and an account number at that bank, kept with the
 * {@code "bank";"account"} text the transaction rows carry.
 */
record Partner(String bank, String account, String fields) {

    /** The 13 partner banks of the Berka data, one unique two-letter code each. */
    static final String[] BANKS = {"AB", "CD", "EF", "GH", "IJ", "KL", "MN", "OP", "QR", "ST", "UV", "WX", "YZ"};

    /** Rows without a partner end in two bare empty fields. */
    static final String NONE_FIELDS = ";";
    /** Some cash and card rows carry an empty bank and account "0" instead, as in the real sample. */
    static final String CASH_FIELDS = "\"\";\"0\"";

    static Partner of(String bank, String account) {
        return new Partner(bank, account, BerkaText.quoted(bank) + ';' + BerkaText.quoted(account));
    }

    /** Account numbers are up to eight digits without leading zeros, mostly eight, like the real ones. */
    static Partner random(Rng rng) {
        return of(BANKS[rng.between(0, BANKS.length - 1)], Integer.toString(rng.between(1, 99_999_999)));
    }
}
