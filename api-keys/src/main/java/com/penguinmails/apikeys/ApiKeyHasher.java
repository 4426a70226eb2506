package com.penguinmails.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes API-key secrets; the hash is the only form in which a key is stored or configured. */
public final class ApiKeyHasher {

    private ApiKeyHasher() {
    }

    /** Returns the lower-case hex SHA-256 of the UTF-8 bytes of {@code secret}. */
    public static String sha256Hex(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Prints the hash of the key given as the only argument, for writing a configuration file. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ApiKeyHasher <api key>");
            System.exit(2);
        }
        System.out.println(sha256Hex(args[0]));
    }
}
