package com.penguinmails.ingestion.events;

/** Thrown when a request body is not well-formed JSON (or NDJSON) of the expected shape; the message says where. */
public final class MalformedBodyException extends Exception {

    public MalformedBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
