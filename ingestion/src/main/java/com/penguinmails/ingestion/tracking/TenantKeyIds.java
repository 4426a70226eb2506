package com.penguinmails.ingestion.tracking;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tracking key ids one tenant signs and verifies with: new links are signed with {@code activeKeyId}; links signed
 * with any id of {@code retiredKeyIds} still verify, so a rotation never breaks mail already sent.
 *
 * @param tenantId the tenant, never blank
 * @param activeKeyId the id new tokens are signed with: 1 to 16 characters of {@code [A-Za-z0-9_-]}
 * @param retiredKeyIds ids still accepted when verifying (same alphabet); removing an id revokes every link signed with it
 */
public record TenantKeyIds(String tenantId, String activeKeyId, Set<String> retiredKeyIds) {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    public TenantKeyIds {
        Objects.requireNonNull(tenantId, "tenantId");
        if (tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        requireKeyId(activeKeyId);
        retiredKeyIds = Set.copyOf(retiredKeyIds);
        retiredKeyIds.forEach(TenantKeyIds::requireKeyId);
    }

    private static void requireKeyId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalArgumentException("a tracking key id must be 1 to 16 characters of [A-Za-z0-9_-], got " + keyId);
        }
    }
}
