package com.penguinmails.apikeys;

import java.security.Principal;
import java.util.Objects;

/**
 * The tenant an authenticated request acts for. It is derived from the API key only, never from a request payload.
 *
 * @param tenantId the tenant's id, never null or blank
 */
public record TenantPrincipal(String tenantId) implements Principal {

    public TenantPrincipal {
        Objects.requireNonNull(tenantId, "tenantId");
        if (tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
    }

    @Override
    public String getName() {
        return tenantId;
    }
}
