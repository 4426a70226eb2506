package com.penguinmails.operational.apikeys;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code api_keys} without its secret hash: the key as the service holds it.
 *
 * <p>Nullable: workspaceId, rateLimitPerSecond, lastUsedAt, expiresAt, revokedAt, rotatedFrom.
 */
record StoredApiKey(
        String id,
        String tenantId,
        String workspaceId,
        String name,
        String prefix,
        List<String> scopes,
        Integer rateLimitPerSecond,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        Instant revokedAt,
        String rotatedFrom) {

    /** Whether the key authenticates requests at {@code now}: neither revoked nor expired. */
    boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** The key as the API shows it at {@code now}. */
    ApiKey view(Instant now) {
        String status = revokedAt != null ? "revoked" : isLive(now) ? "active" : "expired";
        return new ApiKey(id, workspaceId, name, prefix, scopes, rateLimitPerSecond, createdBy, createdAt, lastUsedAt,
                expiresAt, revokedAt, rotatedFrom, status);
    }

    StoredApiKey withExpiresAt(Instant newExpiresAt) {
        return new StoredApiKey(id, tenantId, workspaceId, name, prefix, scopes, rateLimitPerSecond, createdBy,
                createdAt, lastUsedAt, newExpiresAt, revokedAt, rotatedFrom);
    }

    StoredApiKey withRevokedAt(Instant newRevokedAt) {
        return new StoredApiKey(id, tenantId, workspaceId, name, prefix, scopes, rateLimitPerSecond, createdBy,
                createdAt, lastUsedAt, expiresAt, newRevokedAt, rotatedFrom);
    }
}
