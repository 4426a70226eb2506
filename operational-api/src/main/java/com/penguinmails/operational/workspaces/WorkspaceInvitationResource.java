package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Caller;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** {@code /v1/workspaces/{id}/invitations}: invite someone into a workspace with a role; list pending invitations. */
@Path("/v1/workspaces/{id}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorkspaceInvitationResource {

    private final InvitationResource invitations;

    public WorkspaceInvitationResource(InvitationResource invitations) {
        this.invitations = invitations;
    }

    @POST
    public Response invite(@Auth Caller caller, @PathParam("id") String workspaceId,
            @NotNull @Valid InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.create(caller, workspaceId, request))
                .build();
    }

    @GET
    public Map<String, List<Invitation>> pending(@Auth Caller caller, @PathParam("id") String workspaceId) {
        return Map.of("invitations", invitations.pendingIn(caller, workspaceId));
    }
}
