package com.penguinmails.operational.usage;

/** Stripe did not confirm a meter event: unreachable, timed out, or refused it. The message never holds a secret. */
public final class MeterEventFailure extends Exception {

    private final boolean retryable;

    public MeterEventFailure(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether trying again may succeed (network failures, timeouts, 429 and 5xx answers). */
    public boolean retryable() {
        return retryable;
    }
}
