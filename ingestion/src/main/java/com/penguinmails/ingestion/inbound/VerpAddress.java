package com.penguinmails.ingestion.inbound;

import java.util.Locale;

/**
 * What a verified VERP bounce address says: whose message it was sent for. Only {@link VerpAddresses#verify} makes one
 * from an address, so its fields can be trusted.
 *
 * @param address the address as it was verified (local part and domain, without angle brackets)
 * @param tenantId the tenant that sent the original message
 * @param messageId the tenant's id of the original message
 * @param contactId the tenant's id of the recipient contact, or null when the address was made without one
 * @param keyId the id of the tenant key that signed the address
 */
public record VerpAddress(String address, String tenantId, String messageId, String contactId, String keyId) {

    /** The domain of {@link #address}, lower-cased; empty when the address has none (a bare local part). */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
