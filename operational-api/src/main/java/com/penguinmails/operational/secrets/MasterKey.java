package com.penguinmails.operational.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One master key of the {@link AesGcmSecretSealer}: an id stored beside every value it seals, and the AES-256 key
 * derived from the configured key material with HKDF-SHA256 (so any material of at least 32 random bytes works).
 * {@link #toString()} never shows the key.
 */
public final class MasterKey {

    /** The least length of the key material, in bytes. */
    public static final int MINIMUM_BYTES = 32;
    private static final int MAXIMUM_ID_LENGTH = 32;
    private static final byte[] HKDF_INFO = "penguinmails secret sealer v1".getBytes(StandardCharsets.US_ASCII);

    private final String id;
    private final SecretKey aesKey;

    private MasterKey(String id, SecretKey aesKey) {
        this.id = id;
        this.aesKey = aesKey;
    }

    /**
     * Derives the master key {@code id} from base64 key material (standard or URL-safe alphabet).
     *
     * @throws IllegalArgumentException when the id is not 1-32 characters of {@code [A-Za-z0-9._-]}, or the material is
     *     not base64 of at least {@value #MINIMUM_BYTES} bytes (the message never contains the material)
     */
    public static MasterKey fromBase64(String id, String base64Material) {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9._-]{1," + MAXIMUM_ID_LENGTH + "}")) {
            throw new IllegalArgumentException("master key id must be 1-" + MAXIMUM_ID_LENGTH
                    + " characters of letters, digits, '.', '_' or '-'");
        }
        byte[] material;
        try {
            String trimmed = Objects.requireNonNull(base64Material, "key material").strip();
            material = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key " + id + " is not valid base64");
        }
        try {
            if (material.length < MINIMUM_BYTES) {
                throw new IllegalArgumentException("master key " + id + " has " + material.length
                        + " bytes; at least " + MINIMUM_BYTES + " are needed");
            }
            return new MasterKey(id, new SecretKeySpec(hkdfSha256(material), "AES"));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** The id stored beside every value sealed under this key. */
    public String id() {
        return id;
    }

    SecretKey aesKey() {
        return aesKey;
    }

    /** HKDF (RFC 5869) with an empty salt, producing one 32-byte block. */
    private static byte[] hkdfSha256(byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] pseudoRandomKey = mac.doFinal(material);
            mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
            mac.update(HKDF_INFO);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }
}
