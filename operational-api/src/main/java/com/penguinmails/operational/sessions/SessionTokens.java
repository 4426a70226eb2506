package com.penguinmails.operational.sessions;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes session tokens: {@value #PREFIX} followed by 256 random bits, base64url without padding. */
public final class SessionTokens {

    /** What every session token starts with, so the authentication knows it is not an API key. */
    public static final String PREFIX = "pms_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionTokens() {
    }

    /** A fresh token; shown once to the person signing in and stored only as its SHA-256. */
    public static String next() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** Whether {@code token} has the shape of a session token. */
    public static boolean isSessionToken(String token) {
        return token.startsWith(PREFIX);
    }
}
