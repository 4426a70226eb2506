package com.penguinmails.ingestion.events;

/** Thrown when events could not be durably stored in time, so the request must not be acknowledged. */
public final class PublishFailedException extends Exception {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
