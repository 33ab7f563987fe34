package dev.bankstream.segment.model;

/** A published model that must not be used (corrupt, tampered with, or made for other features). */
public final class InvalidModelException extends RuntimeException {

    public InvalidModelException(String message) {
        super(message);
    }
}
