package com.penguinmails.clickhouse;

/** Thrown when ClickHouse migrations cannot be applied or do not match what the database recorded as applied. */
public final class ClickHouseMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClickHouseMigrationException(String message) {
        super(message);
    }

    ClickHouseMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
