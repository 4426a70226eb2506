package com.penguinmails.query.request;

/**
 * Thrown when a request's query parameters are missing, malformed or out of bounds; the message tells the caller
 * exactly what to fix and is returned to them as is (HTTP 400).
 */
public final class InvalidQueryParameterException extends RuntimeException {

    public InvalidQueryParameterException(String message) {
        super(message);
    }
}
