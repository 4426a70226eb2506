package com.penguinmails.apikeys;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The tenant an authenticated request acts for, and what its API key allows. It is derived from the API key only,
 * never from a request payload.
 *
 * @param tenantId the tenant's id, never null or blank
 * @param keyId the issued key's id, empty for a key from a service's configuration
 * @param scopes the key's scopes ({@link ApiKeyScopes}); never null
 * @param rateLimitPerSecond the key's own rate limit in requests (events at ingestion) per second, empty when only the
 *     service's limits apply
 */
public record TenantPrincipal(String tenantId, Optional<String> keyId, Set<String> scopes,
        OptionalInt rateLimitPerSecond) implements Principal {

    public TenantPrincipal {
        Objects.requireNonNull(tenantId, "tenantId");
        if (tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        Objects.requireNonNull(keyId, "keyId");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(rateLimitPerSecond, "rateLimitPerSecond");
    }

    /** A configured key of {@code tenantId}: every scope, no key-specific rate limit. */
    public TenantPrincipal(String tenantId) {
        this(tenantId, Optional.empty(), ApiKeyScopes.ALL, OptionalInt.empty());
    }

    /** Whether the key holds {@code scope}. */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public String getName() {
        return tenantId;
    }
}
