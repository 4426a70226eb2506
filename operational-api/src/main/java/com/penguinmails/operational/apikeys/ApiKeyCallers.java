package com.penguinmails.operational.apikeys;

import com.penguinmails.operational.access.Caller;
import java.util.Optional;

/**
 * Turns an API key presented as a bearer token into the caller it acts as, or nothing when the token is not a live key
 * (unknown, revoked, expired or malformed).
 */
public interface ApiKeyCallers {

    /**
     * Authenticates one presented key.
     *
     * @param token the bearer token exactly as presented
     * @param sourceAddress the client address the request came from, carried into the caller
     * @return the key's caller, or empty when the token is not a live key
     */
    Optional<Caller> authenticate(String token, String sourceAddress);
}
