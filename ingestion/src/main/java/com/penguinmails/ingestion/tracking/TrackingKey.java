package com.penguinmails.ingestion.tracking;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * One tenant's HMAC-SHA256 key and the id that names it inside signed tokens and addresses.
 *
 * @param id the key id, written in clear into what it signs so the verifier can pick the key
 * @param secret the 32-byte key, algorithm {@code HmacSHA256}; never log it
 */
public record TrackingKey(String id, SecretKey secret) {

    /** One Mac per thread: creating one per signature is measurable on the tracking endpoints' hot path. */
    private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(TrackingKey::newMac);

    /** The HMAC-SHA256 under this key of {@code prefix} followed by the first {@code length} bytes of {@code data}. */
    public byte[] mac(byte[] prefix, byte[] data, int length) {
        Mac mac = MACS.get();
        try {
            mac.init(secret);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a derived tracking key is always a valid HmacSHA256 key", e);
        }
        mac.update(prefix);
        mac.update(data, 0, length);
        return mac.doFinal();
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance(TrackingKeyring.ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "TrackingKey[id=" + id + "]";
    }
}
