package com.penguinmails.query.store;

/** Thrown when ClickHouse cannot answer now (unreachable, timed out or overloaded); retrying later may succeed. */
public final class AnalyticsStoreUnavailableException extends RuntimeException {

    public AnalyticsStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
