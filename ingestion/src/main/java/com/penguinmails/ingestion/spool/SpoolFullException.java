package com.penguinmails.ingestion.spool;

/** Thrown when appending would make the spool's files larger than its configured bound; nothing was appended. */
public final class SpoolFullException extends Exception {

    public SpoolFullException(String message) {
        super(message);
    }
}
