package com.penguinmails.operational.infrastructure;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /v1/workspaces/{workspaceId}/infrastructure/costs}: the cost of the workspace's servers for a month, per
 * server and in total ({@link ServerCosts}). Needs {@link Permission#INFRASTRUCTURE_READ} in the workspace.
 */
@Path("/v1/workspaces/{workspaceId}/infrastructure/costs")
@Produces(MediaType.APPLICATION_JSON)
public final class InfrastructureCostsResource {

    private final Servers servers;

    public InfrastructureCostsResource(Servers servers) {
        this.servers = servers;
    }

    @GET
    public WorkspaceCosts costs(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @QueryParam("month") String month) {
        if (!servers.workspaceExists(caller, workspaceId)) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, Permission.INFRASTRUCTURE_READ, workspaceId);
        return servers.costs(caller, workspaceId, month);
    }
}
