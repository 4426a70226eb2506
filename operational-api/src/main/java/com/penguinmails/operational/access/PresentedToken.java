package com.penguinmails.operational.access;

import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token as a request presented it, with where the request came from.
 *
 * @param token the token after {@code Bearer }, never logged
 * @param sourceAddress the client address
 * @param userAgent the client's {@code User-Agent}, if sent
 */
public record PresentedToken(String token, String sourceAddress, Optional<String> userAgent) {

    public PresentedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public String toString() {
        return "PresentedToken[from " + sourceAddress + "]";
    }
}
