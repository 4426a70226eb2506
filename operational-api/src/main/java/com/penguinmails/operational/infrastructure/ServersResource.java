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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v1/workspaces/{workspaceId}/servers}: sending servers, their IPs, reverse DNS and SMTP hosts. Reads need
 * {@link Permission#INFRASTRUCTURE_READ}, changes {@link Permission#INFRASTRUCTURE_MANAGE}, in the workspace; another
 * tenant's workspace or server is 404.
 */
@Path("/v1/workspaces/{workspaceId}/servers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ServersResource {

    private final Servers servers;

    public ServersResource(Servers servers) {
        this.servers = servers;
    }

    /** 202 with the new server (status {@code requested}); 200 with the first one when the Idempotency-Key repeats. */
    @POST
    public Response provision(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @NotNull @Valid ProvisionServerRequest request) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        Servers.Provisioned provisioned = servers.provision(caller, workspaceId, request,
                Optional.ofNullable(idempotencyKey));
        return Response.status(provisioned.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .entity(provisioned.server()).build();
    }

    @GET
    public Map<String, List<ServerView>> list(@Auth Caller caller, @PathParam("workspaceId") String workspaceId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return Map.of("servers", servers.list(caller, workspaceId));
    }

    @GET
    @Path("/{serverId}")
    public ServerView get(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return servers.get(caller, workspaceId, serverId);
    }

    /** 202: the server is terminated at the provider by the worker; the answer shows it {@code deleting}. */
    @DELETE
    @Path("/{serverId}")
    public Response decommission(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return Response.accepted(servers.decommission(caller, workspaceId, serverId)).build();
    }

    @GET
    @Path("/{serverId}/ips")
    public Map<String, List<ServerIpView>> ips(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return Map.of("ips", servers.ips(caller, workspaceId, serverId));
    }

    @PUT
    @Path("/{serverId}/ips/{ip}/reverse-dns")
    public ServerIpView setReverseDns(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId, @PathParam("ip") String ip,
            @NotNull @Valid ReverseDnsRequest request) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return servers.setReverseDns(caller, workspaceId, serverId, ip, request);
    }

    @GET
    @Path("/{serverId}/smtp-hosts")
    public Map<String, List<SmtpHostView>> smtpHosts(@Auth Caller caller,
            @PathParam("workspaceId") String workspaceId, @PathParam("serverId") String serverId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return Map.of("smtp_hosts", servers.smtpHosts(caller, workspaceId, serverId));
    }

    @POST
    @Path("/{serverId}/smtp-hosts")
    public Response addSmtpHost(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId, @NotNull @Valid AddSmtpHostRequest request) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return Response.status(Response.Status.CREATED)
                .entity(servers.addSmtpHost(caller, workspaceId, serverId, request)).build();
    }

    @DELETE
    @Path("/{serverId}/smtp-hosts/{smtpHostId}")
    public Response removeSmtpHost(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("serverId") String serverId, @PathParam("smtpHostId") String smtpHostId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        servers.removeSmtpHost(caller, workspaceId, serverId, smtpHostId);
        return Response.noContent().build();
    }

    /** 404 for a workspace outside the caller's tenant (no existence leak), then 403 without the permission. */
    private void allow(Caller caller, String workspaceId, Permission permission) {
        if (!servers.workspaceExists(caller, workspaceId)) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, permission, workspaceId);
    }
}
