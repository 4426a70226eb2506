package com.penguinmails.operational.access;

import java.security.Principal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who an authenticated request acts for: a signed-in person, an API key or an internal service, always within one
 * tenant (organisation), and from which address.
 *
 * @param tenantId the organisation the caller acts in; for a service caller, {@link #ALL_TENANTS}
 * @param actor a stable audit name: {@code user:<id>}, {@code key:<prefix>} or {@code service:<name>}
 * @param userId the person, when signed in with a session
 * @param apiKeyId the key, when authenticated with an API key
 * @param organisationRole the person's organisation-wide role, if any (applies to every workspace)
 * @param workspaceRoles the person's roles per workspace id
 * @param keyScopes the API key's scopes ({@code events:write}, {@code analytics:read}, {@code admin}); empty otherwise
 * @param sourceAddress the client address the request came from, for audit and login activity
 */
public record Caller(
        String tenantId,
        String actor,
        Optional<String> userId,
        Optional<String> apiKeyId,
        Optional<Role> organisationRole,
        Map<String, Role> workspaceRoles,
        Set<String> keyScopes,
        String sourceAddress) implements Principal {

    /** The tenant id of a service caller, which is not bound to one tenant. */
    public static final String ALL_TENANTS = "*";

    /** The service's own background work acting as {@code actor} in {@code tenantId}, holding no permission. */
    public static Caller internal(String tenantId, String actor) {
        return new Caller(tenantId, actor, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Set.of(),
                "internal");
    }

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(apiKeyId, "apiKeyId");
        Objects.requireNonNull(organisationRole, "organisationRole");
        workspaceRoles = Map.copyOf(workspaceRoles);
        keyScopes = Set.copyOf(keyScopes);
        Objects.requireNonNull(sourceAddress, "sourceAddress");
    }

    /** Whether this is an internal service rather than a tenant's person or key. */
    public boolean isService() {
        return ALL_TENANTS.equals(tenantId);
    }

    @Override
    public String getName() {
        return actor;
    }
}
