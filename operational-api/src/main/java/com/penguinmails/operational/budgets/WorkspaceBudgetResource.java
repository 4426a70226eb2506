package com.penguinmails.operational.budgets;

import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code /v1/workspaces/{id}/budget}: one workspace's monthly email budget. Reading needs
 * {@link Permission#BILLING_READ}, changing {@link Permission#BILLING_MANAGE}, organisation-wide or in the workspace;
 * another organisation's workspace is 404.
 */
@Path("/v1/workspaces/{workspace}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WorkspaceBudgetResource {

    private final BudgetChanges changes;

    public WorkspaceBudgetResource(BudgetChanges changes) {
        this.changes = changes;
    }

    @GET
    public BudgetStatus get(@Auth Caller caller, @PathParam("workspace") String workspaceId) {
        changes.requireWorkspace(caller, workspaceId, Permission.BILLING_READ);
        return changes.status(caller, workspaceId);
    }

    @PUT
    public BudgetStatus put(@Auth Caller caller, @PathParam("workspace") String workspaceId, BudgetRequest request) {
        changes.requireWorkspace(caller, workspaceId, Permission.BILLING_MANAGE);
        return changes.put(caller, workspaceId, request);
    }

    @DELETE
    public Response delete(@Auth Caller caller, @PathParam("workspace") String workspaceId) {
        changes.requireWorkspace(caller, workspaceId, Permission.BILLING_MANAGE);
        return changes.delete(caller, workspaceId);
    }
}
