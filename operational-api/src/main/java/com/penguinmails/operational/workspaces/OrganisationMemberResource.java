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
 * {@code /v1/organisation/members}: the organisation-wide roles (which apply in every workspace): list, change a role,
 * remove. The organisation's last owner cannot be removed or demoted.
 */
@Path("/v1/organisation/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganisationMemberResource {

    private final MembershipChanges changes;

    public OrganisationMemberResource(Jdbi jdbi, AuditTrail audit) {
        this.changes = new MembershipChanges(jdbi, audit);
    }

    @GET
    public Map<String, List<Member>> list(@Auth Caller caller) {
        return Map.of("members", changes.list(caller, null));
    }

    @PATCH
    @Path("/{userId}")
    public Member changeRole(@Auth Caller caller, @PathParam("userId") String userId,
            @NotNull @Valid MemberRole request) {
        return changes.changeRole(caller, null, userId, MembershipDao.parseRole(request.role()));
    }

    @DELETE
    @Path("/{userId}")
    public Response remove(@Auth Caller caller, @PathParam("userId") String userId) {
        changes.remove(caller, null, userId);
        return Response.noContent().build();
    }
}
