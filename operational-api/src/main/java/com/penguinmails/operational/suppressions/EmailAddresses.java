package com.penguinmails.operational.suppressions;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.util.Locale;

/**
 * The stored form of an email address on the suppression list: the SHA-256 (lower-case hex) of the address trimmed and
 * lower-cased, so the list can be checked by address without keeping addresses in clear.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The normalised form: surrounding blanks removed, lower case. */
    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The SHA-256 of the normalised address, lower-case hex. */
    public static String sha256(String email) {
        return ApiKeyHasher.sha256Hex(normalise(email));
    }
}
