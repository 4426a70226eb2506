package com.penguinmails.embedded.clickhouse;

/** Thrown when the engine cannot be reached: it refused a connection, or it is shutting down. */
final class EngineUnavailableException extends RuntimeException {

    EngineUnavailableException(String message) {
        super(message);
    }
}
