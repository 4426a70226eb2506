package com.penguinmails.operational.budgets;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/budgets}: {@code GET} lists the organisation's budgets (its own and its workspaces', with this month's
 * use; {@link Permission#BILLING_READ}); {@code PUT} and {@code DELETE} set or remove the organisation's own
 * ({@link Permission#BILLING_MANAGE}).
 */
@Path("/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BudgetsResource {

    private final BudgetChanges changes;

    public BudgetsResource(BudgetChanges changes) {
        this.changes = changes;
    }

    @GET
    public Map<String, List<BudgetStatus>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return Map.of("budgets", changes.all(caller));
    }

    @PUT
    public BudgetStatus put(@Auth Caller caller, BudgetRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return changes.put(caller, null, request);
    }

    @DELETE
    public Response delete(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return changes.delete(caller, null);
    }
}
