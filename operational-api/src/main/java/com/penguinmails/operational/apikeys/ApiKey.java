package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An API key as the API shows it: everything but the secret.
 *
 * @param id the key's public id
 * @param workspaceId the workspace the key is bound to, or null for the whole organisation
 * @param name what the key is for
 * @param prefix the visible start of the key, {@code pm_<environment>_<id>}
 * @param scopes {@code events:write}, {@code analytics:read}, {@code admin}
 * @param rateLimitPerSecond the key's own limit, or null when only the services' limits apply
 * @param createdBy the actor who created it ({@code user:<id>}, {@code key:<prefix>})
 * @param lastUsedAt when it last authenticated a request (to within the flush interval), or null
 * @param expiresAt when it stops working (set by a rotation's grace period or at creation), or null
 * @param revokedAt when it was revoked, or null
 * @param rotatedFrom the id of the key this one replaced, or null
 * @param status {@code active}, {@code expired} or {@code revoked}, as of the answer
 */
public record ApiKey(
        @JsonProperty("id") String id,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("name") String name,
        @JsonProperty("prefix") String prefix,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("rate_limit_per_second") Integer rateLimitPerSecond,
        @JsonProperty("created_by") String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("last_used_at") Instant lastUsedAt,
        @JsonProperty("expires_at") Instant expiresAt,
        @JsonProperty("revoked_at") Instant revokedAt,
        @JsonProperty("rotated_from") String rotatedFrom,
        @JsonProperty("status") String status) {
}
