package dev.bankstream.ingest.generate;

/** A client's right to an account: the owner, or an authorised user (disponent). */
record Disposition(int id, int clientId, int accountId, boolean owner) {

    static final String OWNER = "OWNER";
    static final String DISPONENT = "DISPONENT";

    String typeCode() {
        return owner ? OWNER : DISPONENT;
    }
}
