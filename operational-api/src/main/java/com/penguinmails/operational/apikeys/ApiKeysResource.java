package com.penguinmails.operational.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/api-keys}: create, list, rotate and revoke the organisation's API keys. Secrets appear only in the answer
 * of create and rotate. Keys bound to a workspace may be managed by that workspace's admins; the others need the
 * permission organisation-wide. Every change is audited in its own transaction.
 */
@Path("/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiKeysResource {

    private final Jdbi jdbi;
    private final ApiKeyDao dao;
    private final ApiKeySecrets secrets;
    private final AuditTrail audit;
    private final Duration defaultGracePeriod;
    private final Clock clock;

    ApiKeysResource(Jdbi jdbi, ApiKeyDao dao, ApiKeySecrets secrets, AuditTrail audit, Duration defaultGracePeriod,
            Clock clock) {
        this.jdbi = jdbi;
        this.dao = dao;
        this.secrets = secrets;
        this.audit = audit;
        this.defaultGracePeriod = defaultGracePeriod;
        this.clock = clock;
    }

    /** The answer of a list. */
    public record ApiKeyList(@JsonProperty("api_keys") List<ApiKey> apiKeys) {
    }

    @POST
    public Response create(@Auth Caller caller, @NotNull @Valid CreateApiKeyRequest request) {
        AccessGuard.require(caller, Permission.API_KEYS_MANAGE, request.workspaceId());
        Instant now = clock.instant();
        ApiKeySecrets.NewKey issued = secrets.issue();
        StoredApiKey key = new StoredApiKey(issued.id(), caller.tenantId(), request.workspaceId(), request.name().strip(),
                issued.prefix(), List.copyOf(new TreeSet<>(request.scopes())), request.rateLimitPerSecond(),
                caller.actor(), now, null, request.expiresAt(), null, null);
        jdbi.useTransaction(handle -> {
            if (request.workspaceId() != null && !dao.workspaceExists(handle, caller.tenantId(), request.workspaceId())) {
                throw new UnprocessableEntityException("workspace_id is not a workspace of this organisation");
            }
            dao.insert(handle, key, issued.secretSha256());
            audit.record(handle, caller, "api_key.create", "api_key", key.id(), null, key.view(now));
        });
        return Response.created(URI.create("/v1/api-keys/" + key.id()))
                .entity(new CreatedApiKey(key.view(now), issued.secret()))
                .build();
    }

    @GET
    public ApiKeyList list(@Auth Caller caller, @QueryParam("include_inactive") boolean includeInactive) {
        Instant now = clock.instant();
        List<StoredApiKey> keys = jdbi.withHandle(handle -> dao.list(handle, caller.tenantId()));
        boolean organisationWide = AccessGuard.allows(caller, Permission.API_KEYS_READ);
        if (!organisationWide && caller.workspaceRoles().keySet().stream()
                .noneMatch(workspace -> AccessGuard.allows(caller, Permission.API_KEYS_READ, workspace))) {
            AccessGuard.require(caller, Permission.API_KEYS_READ);
        }
        return new ApiKeyList(keys.stream()
                .filter(key -> includeInactive || key.isLive(now))
                .filter(key -> organisationWide
                        || key.workspaceId() != null
                                && AccessGuard.allows(caller, Permission.API_KEYS_READ, key.workspaceId()))
                .map(key -> key.view(now))
                .toList());
    }

    @GET
    @Path("/{id}")
    public ApiKey get(@Auth Caller caller, @PathParam("id") String id) {
        StoredApiKey key = jdbi.withHandle(handle -> dao.find(handle, caller.tenantId(), id, false))
                .orElseThrow(ApiKeysResource::notFound);
        AccessGuard.require(caller, Permission.API_KEYS_READ, key.workspaceId());
        return key.view(clock.instant());
    }

    /**
     * Issues a new secret for the key as a new key with the same name, scopes, limit and workspace; the old secret keeps
     * working for the grace period (the configured default unless the body says otherwise; 0 stops it at once).
     */
    @POST
    @Path("/{id}/rotate")
    public Response rotate(@Auth Caller caller, @PathParam("id") String id, @Valid RotateApiKeyRequest request) {
        Duration grace = Optional.ofNullable(request).map(RotateApiKeyRequest::gracePeriodSeconds)
                .map(Duration::ofSeconds).orElse(defaultGracePeriod);
        Instant now = clock.instant();
        ApiKeySecrets.NewKey issued = secrets.issue();
        StoredApiKey rotated = jdbi.inTransaction(handle -> {
            StoredApiKey old = dao.find(handle, caller.tenantId(), id, true).orElseThrow(ApiKeysResource::notFound);
            AccessGuard.require(caller, Permission.API_KEYS_MANAGE, old.workspaceId());
            if (!old.isLive(now)) {
                throw new ClientErrorException(Response.status(Response.Status.CONFLICT)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("code", 409, "message", "API key " + id + " is " + old.view(now).status()
                                + " and cannot be rotated"))
                        .build());
            }
            Instant oldEnds = now.plus(grace);
            if (old.expiresAt() != null && old.expiresAt().isBefore(oldEnds)) {
                oldEnds = old.expiresAt();
            }
            StoredApiKey replacement = new StoredApiKey(issued.id(), old.tenantId(), old.workspaceId(), old.name(),
                    issued.prefix(), old.scopes(), old.rateLimitPerSecond(), caller.actor(), now, null,
                    old.expiresAt(), null, old.id());
            dao.expire(handle, old.id(), oldEnds);
            dao.insert(handle, replacement, issued.secretSha256());
            audit.record(handle, caller, "api_key.rotate", "api_key", old.id(), old.view(now),
                    old.withExpiresAt(oldEnds).view(now));
            audit.record(handle, caller, "api_key.create", "api_key", replacement.id(), null, replacement.view(now));
            return replacement;
        });
        return Response.created(URI.create("/v1/api-keys/" + rotated.id()))
                .entity(new CreatedApiKey(rotated.view(now), issued.secret()))
                .build();
    }

    /** Revokes the key: it stops working here at once and at the other services within their cache bound. */
    @DELETE
    @Path("/{id}")
    public ApiKey revoke(@Auth Caller caller, @PathParam("id") String id) {
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            StoredApiKey key = dao.find(handle, caller.tenantId(), id, true).orElseThrow(ApiKeysResource::notFound);
            AccessGuard.require(caller, Permission.API_KEYS_MANAGE, key.workspaceId());
            if (key.revokedAt() != null) {
                return key.view(now);
            }
            StoredApiKey revoked = key.withRevokedAt(now);
            dao.revoke(handle, id, now);
            audit.record(handle, caller, "api_key.revoke", "api_key", id, key.view(now), revoked.view(now));
            return revoked.view(now);
        });
    }

    private static NotFoundException notFound() {
        return new NotFoundException("no such API key");
    }
}
