package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/workspaces/{id}/members}: who has access (workspace roles and organisation-wide ones), changing a
 * workspace member's role, removing a workspace member. The last owner of a workspace cannot be removed or demoted.
 */
@Path("/v1/workspaces/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MemberResource {

    private final MembershipChanges changes;

    public MemberResource(Jdbi jdbi, AuditTrail audit) {
        this.changes = new MembershipChanges(jdbi, audit);
    }

    @GET
    public Map<String, List<Member>> list(@Auth Caller caller, @PathParam("id") String workspaceId) {
        return Map.of("members", changes.list(caller, workspaceId));
    }

    @PATCH
    @Path("/{userId}")
    public Member changeRole(@Auth Caller caller, @PathParam("id") String workspaceId,
            @PathParam("userId") String userId, @NotNull @Valid MemberRole request) {
        return changes.changeRole(caller, workspaceId, userId, MembershipDao.parseRole(request.role()));
    }

    @DELETE
    @Path("/{userId}")
    public Response remove(@Auth Caller caller, @PathParam("id") String workspaceId,
            @PathParam("userId") String userId) {
        changes.remove(caller, workspaceId, userId);
        return Response.noContent().build();
    }
}
