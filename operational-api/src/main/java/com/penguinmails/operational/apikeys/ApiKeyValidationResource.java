package com.penguinmails.operational.apikeys;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /internal/v1/api-keys/validate}: lets ingestion and the query API check a presented key by its hash.
 * Only service callers may ask; 404 means no live key has that hash (unknown, revoked or expired).
 */
@Path("/internal/v1/api-keys/validate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiKeyValidationResource {

    private final JdbiApiKeyCallers keys;

    ApiKeyValidationResource(JdbiApiKeyCallers keys) {
        this.keys = keys;
    }

    @POST
    public KeyValidation validate(@Auth Caller caller, @NotNull @Valid KeyValidationRequest request) {
        AccessGuard.require(caller, Permission.INTERNAL_READ);
        StoredApiKey key = keys.liveKey(request.secretSha256())
                .orElseThrow(() -> new NotFoundException("no live API key has this hash"));
        return new KeyValidation(key.tenantId(), key.id(), key.prefix(), key.scopes(), key.rateLimitPerSecond(),
                key.expiresAt());
    }
}
