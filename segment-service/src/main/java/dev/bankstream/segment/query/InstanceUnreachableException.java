package dev.bankstream.segment.query;

/** Another instance's part of a view could not be had: the view would be incomplete, so there is none. */
public class InstanceUnreachableException extends RuntimeException {

    InstanceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
