package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * The body of {@code POST /v1/api-keys}.
 *
 * @param name what the key is for (1-100 characters)
 * @param scopes one or more of {@code events:write}, {@code analytics:read}, {@code admin}
 * @param rateLimitPerSecond the key's own limit (1-1,000,000 per second), or null for the services' limits only
 * @param workspaceId a workspace of the organisation to bind the key to, or null
 * @param expiresAt when the key stops working, in the future, or null for never
 */
public record CreateApiKeyRequest(
        @JsonProperty("name") @NotBlank @Size(max = 100) String name,
        @JsonProperty("scopes") @NotEmpty
        Set<@NotNull @Pattern(regexp = "events:write|analytics:read|admin",
                message = "must be one of events:write, analytics:read, admin") String> scopes,
        @JsonProperty("rate_limit_per_second") @Positive @Max(1_000_000) Integer rateLimitPerSecond,
        @JsonProperty("workspace_id") @Size(min = 1, max = 100) String workspaceId,
        @JsonProperty("expires_at") @Future Instant expiresAt) {
}
