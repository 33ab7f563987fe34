package dev.bankstream.ingest.generate;

/** Loan outcome as of the data set's end, with the Berka letters. */
enum LoanStatus {
    /** Contract finished, no problems. */
    A(false),
    /** Contract finished, loan not paid. */
    B(true),
    /** Running contract, OK so far. */
    C(false),
    /** Running contract, client in debt. */
    D(true);

    private final boolean bad;

    LoanStatus(boolean bad) {
        this.bad = bad;
    }

    boolean isBad() {
        return bad;
    }

    static LoanStatus of(boolean finished, boolean bad) {
        if (finished) {
            return bad ? B : A;
        }
        return bad ? D : C;
    }
}
