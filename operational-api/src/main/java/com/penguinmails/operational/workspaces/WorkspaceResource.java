package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.Role;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.people.RandomIds;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/workspaces}: list (the workspaces the caller may read), create (organisation-wide
 * {@code workspaces_manage}; a person creating one becomes its owner), read, rename, delete (never the last one).
 */
@Path("/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorkspaceResource {

    private final Jdbi jdbi;
    private final AuditTrail audit;

    public WorkspaceResource(Jdbi jdbi, AuditTrail audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    @GET
    public Map<String, List<Workspace>> list(@Auth Caller caller) {
        List<Workspace> readable = jdbi.withHandle(handle -> WorkspaceDao.all(handle, caller.tenantId())).stream()
                .filter(workspace -> AccessGuard.allows(caller, Permission.WORKSPACES_READ, workspace.id()))
                .toList();
        if (readable.isEmpty() && !AccessGuard.allows(caller, Permission.WORKSPACES_READ)
                && caller.workspaceRoles().isEmpty()) {
            AccessGuard.require(caller, Permission.WORKSPACES_READ);
        }
        return Map.of("workspaces", readable);
    }

    @POST
    public Response create(@Auth Caller caller, @NotNull @Valid WorkspaceName request) {
        AccessGuard.require(caller, Permission.WORKSPACES_MANAGE);
        String name = request.name().trim();
        Workspace created = jdbi.inTransaction(handle -> {
            if (WorkspaceDao.nameTaken(handle, caller.tenantId(), name, null)) {
                throw new ClientErrorException("a workspace with this name exists", 409);
            }
            Workspace workspace = WorkspaceDao.insert(handle, RandomIds.next("w"), caller.tenantId(), name);
            caller.userId().ifPresent(userId ->
                    MembershipDao.insert(handle, userId, caller.tenantId(), workspace.id(), Role.OWNER));
            audit.record(handle, caller, "workspace.create", "workspace", workspace.id(), null, workspace);
            return workspace;
        });
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public Workspace read(@Auth Caller caller, @PathParam("id") String id) {
        Workspace workspace = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WORKSPACES_READ, id);
        return workspace;
    }

    @PATCH
    @Path("/{id}")
    public Workspace rename(@Auth Caller caller, @PathParam("id") String id, @NotNull @Valid WorkspaceName request) {
        String name = request.name().trim();
        return jdbi.inTransaction(handle -> {
            Workspace before = existing(handle, caller, id);
            AccessGuard.require(caller, Permission.WORKSPACES_MANAGE, id);
            if (WorkspaceDao.nameTaken(handle, caller.tenantId(), name, id)) {
                throw new ClientErrorException("a workspace with this name exists", 409);
            }
            handle.createUpdate("UPDATE workspaces SET name = :name WHERE id = :id")
                    .bind("name", name).bind("id", id).execute();
            Workspace after = new Workspace(before.id(), before.organisationId(), name, before.createdAt());
            audit.record(handle, caller, "workspace.rename", "workspace", id, before, after);
            return after;
        });
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@Auth Caller caller, @PathParam("id") String id) {
        jdbi.useTransaction(handle -> {
            Workspace before = existing(handle, caller, id);
            AccessGuard.require(caller, Permission.WORKSPACES_MANAGE, id);
            // Serialises concurrent deletions in one organisation, so two cannot both leave it without workspaces.
            handle.createQuery("SELECT id FROM tenants WHERE id = :tenant FOR UPDATE")
                    .bind("tenant", caller.tenantId()).mapTo(String.class).one();
            if (WorkspaceDao.all(handle, caller.tenantId()).size() <= 1) {
                throw new ClientErrorException("an organisation keeps at least one workspace", 409);
            }
            handle.createUpdate("DELETE FROM workspaces WHERE id = :id").bind("id", id).execute();
            audit.record(handle, caller, "workspace.delete", "workspace", id, before, null);
        });
        return Response.noContent().build();
    }

    private static Workspace existing(Handle handle, Caller caller, String id) {
        return WorkspaceDao.find(handle, caller.tenantId(), id)
                .orElseThrow(() -> new NotFoundException("no such workspace"));
    }
}
