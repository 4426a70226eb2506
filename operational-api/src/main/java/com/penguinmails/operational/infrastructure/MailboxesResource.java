package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/workspaces/{workspaceId}/mailboxes}: mailboxes on the Mailu mail server. Reads need
 * {@link Permission#INFRASTRUCTURE_READ}, changes {@link Permission#INFRASTRUCTURE_MANAGE}, in the workspace.
 */
@Path("/v1/workspaces/{workspaceId}/mailboxes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MailboxesResource {

    private final Mailboxes mailboxes;
    private final Servers servers;

    public MailboxesResource(Mailboxes mailboxes, Servers servers) {
        this.mailboxes = mailboxes;
        this.servers = servers;
    }

    /** 201 with the mailbox and its password, shown this once. */
    @POST
    public Response create(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @NotNull @Valid CreateMailboxRequest request) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return Response.status(Response.Status.CREATED).entity(mailboxes.create(caller, workspaceId, request))
                .build();
    }

    @GET
    public Map<String, List<MailboxView>> list(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @QueryParam("include_deleted") boolean includeDeleted) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return Map.of("mailboxes", mailboxes.list(caller, workspaceId, includeDeleted));
    }

    @GET
    @Path("/{mailboxId}")
    public MailboxView get(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("mailboxId") String mailboxId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return mailboxes.get(caller, workspaceId, mailboxId);
    }

    @DELETE
    @Path("/{mailboxId}")
    public Response delete(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("mailboxId") String mailboxId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        mailboxes.delete(caller, workspaceId, mailboxId);
        return Response.noContent().build();
    }

    private void allow(Caller caller, String workspaceId, Permission permission) {
        if (!servers.workspaceExists(caller, workspaceId)) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, permission, workspaceId);
    }
}
