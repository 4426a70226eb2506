package com.penguinmails.ingestion.inbound;

import java.io.IOException;

/** Thrown when an inbound message is larger than the configured limit; nothing of it is recorded. */
public final class MessageTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public MessageTooLargeException(long maxBytes) {
        super("the message is larger than the limit of " + maxBytes + " bytes");
    }
}
