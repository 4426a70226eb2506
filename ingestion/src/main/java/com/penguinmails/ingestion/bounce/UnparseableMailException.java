package com.penguinmails.ingestion.bounce;

/**
 * Thrown when an inbound message cannot be analysed at all: it is too big, not a MIME message (binary garbage, no header
 * section), or truncated before the part that matters. The message says which, in words an operator can act on.
 */
public final class UnparseableMailException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnparseableMailException(String message) {
        super(message);
    }

    public UnparseableMailException(String message, Throwable cause) {
        super(message, cause);
    }
}
