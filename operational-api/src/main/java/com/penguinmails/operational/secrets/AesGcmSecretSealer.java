package com.penguinmails.operational.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets with AES-256-GCM under the active master key and opens them under any configured key, so a retired key
 * keeps opening what it sealed until every value has been re-sealed.
 *
 * <p>Sealed format: {@code version (1 byte, 1) | key id length (1 byte) | key id (ASCII) | nonce (12 random bytes) |
 * ciphertext and 128-bit tag}. The associated data is the header (version and key id) followed by the UTF-8 context,
 * so neither a changed key id nor a value moved to another context opens. Thread-safe.
 */
public final class AesGcmSecretSealer implements SecretSealer {

    static final byte VERSION = 1;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final byte[] activeHeader;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param masterKeys every key that may have sealed a stored value; ids must be distinct
     * @param activeKeyId the id of the key new values are sealed under; must be one of {@code masterKeys}
     * @throws IllegalArgumentException when the active key is not among the keys or two keys share an id
     */
    public AesGcmSecretSealer(List<MasterKey> masterKeys, String activeKeyId) {
        Map<String, SecretKey> byId = new LinkedHashMap<>();
        for (MasterKey key : masterKeys) {
            if (byId.put(key.id(), key.aesKey()) != null) {
                throw new IllegalArgumentException("two master keys have the id " + key.id());
            }
        }
        if (!byId.containsKey(Objects.requireNonNull(activeKeyId, "activeKeyId"))) {
            throw new IllegalArgumentException("the active key id " + activeKeyId + " is not among the master keys");
        }
        this.keys = Map.copyOf(byId);
        this.activeKeyId = activeKeyId;
        this.activeHeader = header(activeKeyId);
    }

    /** The id of the key new values are sealed under. */
    public String activeKeyId() {
        return activeKeyId;
    }

    @Override
    public byte[] seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(activeHeader, context));
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(activeHeader.length + NONCE_BYTES + ciphertext.length)
                    .put(activeHeader).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, String context) {
        Objects.requireNonNull(sealed, "sealed");
        if (sealed.length < 2 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("not a sealed value of version " + VERSION);
        }
        int keyIdLength = Byte.toUnsignedInt(sealed[1]);
        int headerLength = 2 + keyIdLength;
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("sealed value is truncated");
        }
        String keyId = new String(sealed, 2, keyIdLength, StandardCharsets.US_ASCII);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("sealed under an unknown master key id " + keyId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
            cipher.updateAAD(associatedData(Arrays.copyOf(sealed, headerLength), context));
            int offset = headerLength + NONCE_BYTES;
            return cipher.doFinal(sealed, offset, sealed.length - offset);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("sealed value was tampered with or sealed under another context");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static byte[] header(String keyId) {
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[2 + id.length];
        header[0] = VERSION;
        header[1] = (byte) id.length;
        System.arraycopy(id, 0, header, 2, id.length);
        return header;
    }

    private static byte[] associatedData(byte[] header, String context) {
        byte[] contextBytes = Objects.requireNonNull(context, "context").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + contextBytes.length).put(header).put(contextBytes).array();
    }
}
