package com.penguinmails.operational.twofactor;

import com.penguinmails.operational.access.TokenHashes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time two-factor backup codes: {@value #COUNT} codes of 10 base32 characters (50 random bits) shown as
 * {@code xxxxx-xxxxx}. Stored as SHA-256 over the user id and the normalised code, so equal codes of two people hash
 * differently and a leaked table cannot be checked against a precomputed list.
 */
public final class BackupCodes {

    /** How many codes a person gets when two-factor is turned on. */
    public static final int COUNT = 10;

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private BackupCodes() {
    }

    /** {@value #COUNT} fresh codes. */
    public static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(11);
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored hash of {@code code} for {@code userId}; case, spaces and dashes as typed do not matter. */
    public static byte[] hash(String userId, String code) {
        String normalised = code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return TokenHashes.sha256(userId + ":" + normalised);
    }
}
