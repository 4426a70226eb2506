package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code POST /internal/v1/api-keys/validate} for a live key: what a service needs to authorise the
 * request.
 *
 * @param tenantId the organisation the key acts for
 * @param keyId the key's id
 * @param prefix the key's visible part
 * @param scopes the key's scopes
 * @param rateLimitPerSecond the key's own limit, or null
 * @param expiresAt when the key stops working, or null
 */
public record KeyValidation(
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("key_id") String keyId,
        @JsonProperty("prefix") String prefix,
        @JsonProperty("scopes") List<String> scopes,
        @JsonProperty("rate_limit_per_second") Integer rateLimitPerSecond,
        @JsonProperty("expires_at") Instant expiresAt) {
}
