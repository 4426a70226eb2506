package com.penguinmails.apikeys;

/**
 * Thrown by an {@link ApiKeyStore} that cannot tell whether a key is valid (its backing service is unreachable and no
 * usable cached answer is left). Requests then get 503, never 401: the key may well be valid.
 */
public final class ApiKeyStoreUnavailableException extends RuntimeException {

    public ApiKeyStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
