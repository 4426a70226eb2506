package com.penguinmails.operational.infrastructure.mailu;

import java.security.SecureRandom;

/**
 * Makes mailbox passwords: 24 characters of letters and digits (about 143 random bits), shown to the caller once and
 * never stored by the platform.
 */
public final class MailboxPasswords {

    private static final char[] ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 24;

    private final SecureRandom random = new SecureRandom();

    /** A fresh password. */
    public String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
