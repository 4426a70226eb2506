package com.penguinmails.operational.access;

import jakarta.ws.rs.ForbiddenException;

/** For endpoints about the signed-in person themself (sessions, two-factor, login activity): API keys and services have none. */
public final class SignedInPerson {

    private SignedInPerson() {
    }

    /** The user id of {@code caller}; 403 when the caller is an API key or a service. */
    public static String userId(Caller caller) {
        return caller.userId().orElseThrow(() -> new ForbiddenException("only a signed-in person can do this"));
    }
}
