package dev.bankstream.scoring.model;

/** A model that must not score: corrupt, unreadable or built for other features. The message says why. */
public class ModelRefusedException extends Exception {

    public ModelRefusedException(String reason) {
        super(reason);
    }

    public ModelRefusedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
