package com.penguinmails.operational.access;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of secrets the service hands out (session tokens, invitation tokens, backup codes, service tokens), so only
 * the hash is stored or configured. The tokens carry 256 random bits, so an unsalted fast hash is enough: there is
 * nothing to guess.
 */
public final class TokenHashes {

    private TokenHashes() {
    }

    /** The SHA-256 of the UTF-8 bytes of {@code token}. */
    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The SHA-256 of {@code token} as lower-case hex, the form of {@code serviceTokens[].sha256} in the configuration. */
    public static String sha256Hex(String token) {
        return ApiKeyHasher.sha256Hex(token);
    }
}
