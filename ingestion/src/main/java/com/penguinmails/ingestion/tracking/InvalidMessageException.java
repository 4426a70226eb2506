package com.penguinmails.ingestion.tracking;

/** Thrown when a message cannot be tracked as given (too many links, a link too long); the message says why. */
public final class InvalidMessageException extends Exception {

    public InvalidMessageException(String message) {
        super(message);
    }
}
