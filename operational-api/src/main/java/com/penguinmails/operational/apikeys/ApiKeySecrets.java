package com.penguinmails.operational.apikeys;

import com.penguinmails.apikeys.ApiKeyHasher;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Makes API keys: {@code pm_<environment>_<12-character id>_<43-character secret>}, all in base62 so a key is one word
 * to copy. The id is public (it names the key in lists); the secret part carries 256 random bits, so its SHA-256 is
 * stored (a slow password hash would buy nothing against a secret nobody can guess, and would cost every request).
 */
public final class ApiKeySecrets {

    static final int ID_LENGTH = 12;
    static final int SECRET_LENGTH = 43;
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final Pattern KEY = Pattern.compile("pm_[a-z]{1,12}_[A-Za-z0-9]{" + ID_LENGTH + "}_[A-Za-z0-9]{"
            + SECRET_LENGTH + "}");

    private final SecureRandom random = new SecureRandom();
    private final String environment;

    /** @param environment the label in every key made, e.g. {@code live} or {@code test} (1-12 lower-case letters) */
    public ApiKeySecrets(String environment) {
        if (!environment.matches("[a-z]{1,12}")) {
            throw new IllegalArgumentException("the key environment must be 1-12 lower-case letters: " + environment);
        }
        this.environment = environment;
    }

    /**
     * One new key.
     *
     * @param id the key's public id
     * @param prefix the visible part, {@code pm_<environment>_<id>}
     * @param secret the whole key, shown once
     * @param secretSha256 hex SHA-256 of the whole key, the only stored form
     */
    public record NewKey(String id, String prefix, String secret, String secretSha256) {

        @Override
        public String toString() {
            return "NewKey[" + prefix + "]";
        }
    }

    /** Makes a new random key. */
    public NewKey issue() {
        String id = randomBase62(ID_LENGTH);
        String prefix = "pm_" + environment + "_" + id;
        String secret = prefix + "_" + randomBase62(SECRET_LENGTH);
        return new NewKey(id, prefix, secret, ApiKeyHasher.sha256Hex(secret));
    }

    /** Whether {@code token} has the shape of a key (of any environment), so that other tokens skip the lookup. */
    public static boolean looksLikeKey(String token) {
        return token.length() <= 80 && KEY.matcher(token).matches();
    }

    private String randomBase62(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = BASE62[random.nextInt(BASE62.length)];
        }
        return new String(chars);
    }
}
