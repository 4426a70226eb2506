package com.penguinmails.operational.people;

import java.security.SecureRandom;

/**
 * Makes the ids of organisations, people, workspaces, sessions and invitations: a short type prefix, a dash and 16
 * characters of lower-case base32 (80 random bits), e.g. {@code t-k3v9q2m8x4r7b6na}. Random, so ids reveal neither
 * counts nor order; lower-case letters and digits only, so they are safe in URLs, Kafka keys and ClickHouse.
 */
public final class RandomIds {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** A fresh id with {@code prefix} ({@code t}, {@code u}, {@code w}, {@code s}, {@code i}). */
    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix.length() + 17).append(prefix).append('-');
        for (int i = 0; i < 16; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
