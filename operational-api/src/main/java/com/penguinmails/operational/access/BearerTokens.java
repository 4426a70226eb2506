package com.penguinmails.operational.access;

import java.util.Optional;

/** Reads the token out of an {@code Authorization: Bearer <token>} header value. */
public final class BearerTokens {

    private static final String SCHEME = "Bearer";

    private BearerTokens() {
    }

    /** The token of {@code header}, when it is a non-empty bearer token (scheme in any case). */
    public static Optional<String> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        if (space <= 0 || !SCHEME.equalsIgnoreCase(header.substring(0, space))) {
            return Optional.empty();
        }
        String token = header.substring(space + 1).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
