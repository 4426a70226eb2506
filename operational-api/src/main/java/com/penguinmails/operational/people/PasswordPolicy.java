package com.penguinmails.operational.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a new password is acceptable: at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_LENGTH} (Argon2 hashes any length, but an unbounded body is a cheap denial of service), not the
 * email address or its local part, and not a single repeated character.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 256;

    private PasswordPolicy() {
    }

    /** What is wrong with {@code password} for the person with {@code email}, as field messages; empty when fine. */
    public static List<String> violations(String email, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null) {
            violations.add("password must not be null");
            return violations;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            violations.add("password must be at least " + MINIMUM_LENGTH + " characters long");
        }
        if (length > MAXIMUM_LENGTH) {
            violations.add("password must be at most " + MAXIMUM_LENGTH + " characters long");
        }
        if (email != null) {
            String lowered = password.toLowerCase(Locale.ROOT);
            String address = email.toLowerCase(Locale.ROOT);
            int at = address.indexOf('@');
            if (lowered.equals(address) || at > 0 && lowered.equals(address.substring(0, at))) {
                violations.add("password must not be the email address");
            }
        }
        if (!password.isEmpty() && password.codePoints().distinct().count() == 1) {
            violations.add("password must not repeat a single character");
        }
        return violations;
    }
}
