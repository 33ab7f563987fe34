package dev.bankstream.ingest.source;

/**
 * Thrown by the field parsers when a line cannot become an event; its message is the reject reason. Carries no
 * stack trace: it is a verdict on the input, caught one frame up, and a real data set may produce many.
 */
public final class BadLineException extends RuntimeException {

    public BadLineException(String reason) {
        super(reason, null, false, false);
    }

    /** A foreign key that points nowhere: {@code id} is not among the accepted rows of {@code file}. */
    public static BadLineException unknownReference(String column, long id, String file) {
        return new BadLineException("unknown " + column + " " + id + " (not in " + file + ", or rejected there)");
    }
}
