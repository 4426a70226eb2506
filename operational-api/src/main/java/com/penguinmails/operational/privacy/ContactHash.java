package com.penguinmails.operational.privacy;

import com.penguinmails.apikeys.ApiKeyHasher;

/**
 * The pseudonym an erased contact is remembered by: the SHA-256 of its id (UTF-8), lower-case hex. PostgreSQL computes
 * the same value as {@code encode(sha256(convert_to(id, 'UTF8')), 'hex')} and ClickHouse as
 * {@code lower(hex(SHA256(id)))}.
 */
public final class ContactHash {

    private ContactHash() {
    }

    /** The SHA-256 of {@code contactId}, 64 lower-case hex digits. */
    public static String of(String contactId) {
        return ApiKeyHasher.sha256Hex(contactId);
    }
}
