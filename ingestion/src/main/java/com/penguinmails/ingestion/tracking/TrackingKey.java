package com.penguinmails.ingestion.tracking;

import javax.crypto.SecretKey;

/**
 * One tenant's HMAC-SHA256 key and the id that names it inside signed tokens and addresses.
 *
 * @param id the key id, written in clear into what it signs so the verifier can pick the key
 * @param secret the 32-byte key, algorithm {@code HmacSHA256}; never log it
 */
public record TrackingKey(String id, SecretKey secret) {

    @Override
    public String toString() {
        return "TrackingKey[id=" + id + "]";
    }
}
