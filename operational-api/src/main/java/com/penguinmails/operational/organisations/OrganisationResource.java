package com.penguinmails.operational.organisations;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /v1/organisation} and {@code PATCH /v1/organisation}: the caller's own organisation. */
@Path("/v1/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganisationResource {

    private final Jdbi jdbi;
    private final AuditTrail audit;

    public OrganisationResource(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    @GET
    public Organisation read(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.ORGANISATION_READ);
        return jdbi.withHandle(handle -> find(handle, caller.tenantId(), false));
    }

    @PATCH
    public Organisation change(@Auth Caller caller, @NotNull @Valid OrganisationChange request) {
        AccessGuard.require(caller, Permission.ORGANISATION_MANAGE);
        return jdbi.inTransaction(handle -> {
            Organisation before = find(handle, caller.tenantId(), true);
            handle.createUpdate("UPDATE tenants SET name = :name WHERE id = :id")
                    .bind("name", request.name().trim()).bind("id", before.id()).execute();
            Organisation after = new Organisation(before.id(), request.name().trim(), before.createdAt());
            audit.record(handle, caller, "organisation.change", "organisation", before.id(), before, after);
            return after;
        });
    }

    private static Organisation find(Handle handle, String tenantId, boolean forUpdate) {
        return handle.createQuery("SELECT id, name, created_at FROM tenants WHERE id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", tenantId)
                .map((rs, ctx) -> new Organisation(rs.getString("id"), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant()))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no such organisation"));
    }
}
