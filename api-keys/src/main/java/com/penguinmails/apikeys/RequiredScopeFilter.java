package com.penguinmails.apikeys;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * Refuses with 403 every authenticated request whose API key lacks the one scope the whole service requires
 * ({@code events:write} at ingestion, {@code analytics:read} at the query API). Runs after authentication and before
 * the other authorization filters (such as rate limits); requests without a {@link TenantPrincipal} pass untouched.
 */
@Priority(Priorities.AUTHORIZATION - 100)
public final class RequiredScopeFilter implements ContainerRequestFilter {

    private final String requiredScope;

    public RequiredScopeFilter(String requiredScope) {
        this.requiredScope = requiredScope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() instanceof TenantPrincipal tenant
                && !tenant.hasScope(requiredScope)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("code", 403, "message", "This API key lacks the scope " + requiredScope + "."))
                    .build());
        }
    }
}
