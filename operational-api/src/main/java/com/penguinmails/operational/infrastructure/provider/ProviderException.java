package com.penguinmails.operational.infrastructure.provider;

/** A provider call that did not succeed, with what kind of failure it was; the message never carries credentials. */
public final class ProviderException extends RuntimeException {

    /** What went wrong, which decides whether trying again can help. */
    public enum Kind {
        /** The provider refused the request as malformed or impossible (a 4xx, or an error answer): final. */
        INVALID_REQUEST,
        /** Authentication, permission or quota refused it: final until an operator acts. */
        REJECTED,
        /** The server (or order) does not exist at the provider. */
        NOT_FOUND,
        /** 5xx, timeout or connection failure: the outcome is unknown and the call may be retried. */
        UNAVAILABLE
    }

    private final Kind kind;

    public ProviderException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ProviderException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the same call may succeed later (only {@link Kind#UNAVAILABLE}). */
    public boolean retryable() {
        return kind == Kind.UNAVAILABLE;
    }
}
