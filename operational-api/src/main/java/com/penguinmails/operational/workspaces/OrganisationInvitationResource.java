package com.penguinmails.operational.workspaces;

import com.penguinmails.operational.access.Caller;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/organisation/invitations}: invite someone with an organisation-wide role (valid in every workspace); list
 * pending invitations.
 */
@Path("/v1/organisation/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OrganisationInvitationResource {

    private final InvitationResource invitations;

    public OrganisationInvitationResource(InvitationResource invitations) {
        this.invitations = invitations;
    }

    @POST
    public Response invite(@Auth Caller caller, @NotNull @Valid InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.create(caller, null, request)).build();
    }

    @GET
    public Map<String, List<Invitation>> pending(@Auth Caller caller) {
        return Map.of("invitations", invitations.pendingIn(caller, null));
    }
}
