package com.penguinmails.events;

/**
 * Thrown by {@link EventCodec#decode(byte[])} when bytes are not a readable event; the message and {@link #reason()} say why.
 */
public final class EventDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a message could not be decoded; stable enough to count or route on (e.g. a dead-letter header). */
    public enum Reason {
        /** Null, or shorter than the 10-byte single-object header. */
        TOO_SHORT,
        /** Does not start with the Avro single-object marker 0xC3 0x01. */
        BAD_MARKER,
        /** The schema fingerprint is not the current schema nor any released version. */
        UNKNOWN_SCHEMA,
        /** The body does not parse with the schema its fingerprint names. */
        MALFORMED_BODY,
        /** The body parsed but bytes were left over after it. */
        TRAILING_BYTES
    }

    private final Reason reason;

    EventDecodingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** The category of failure; never null. */
    public Reason reason() {
        return reason;
    }
}
