package com.penguinmails.ingestion.events;

/**
 * Thrown when a request body exceeds the configured size or event count. Unchecked so that it can pass through the JSON
 * parser from the stream that counts the bytes.
 */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
