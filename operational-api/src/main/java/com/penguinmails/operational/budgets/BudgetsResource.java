package com.penguinmails.operational.budgets;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Monthly budgets: {@code /v1/budgets} lists the organisation's (its own and its workspaces', with this month's use)
 * and {@code PUT}/{@code DELETE} set or remove the organisation's; {@code /v1/workspaces/{id}/budget} does the same
 * for one workspace. Reading needs {@link Permission#BILLING_READ}, changing {@link Permission#BILLING_MANAGE}.
 * A change is audited and the budget checked at once, so raising it lifts its hold without waiting.
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class BudgetsResource {

    private final Jdbi jdbi;
    private final BudgetDao budgets;
    private final BudgetEvaluator evaluator;
    private final AuditTrail audit;
    private final Clock clock;

    public BudgetsResource(Jdbi jdbi, BudgetDao budgets, BudgetEvaluator evaluator, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.budgets = budgets;
        this.evaluator = evaluator;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Path("budgets")
    public Map<String, List<BudgetStatus>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_READ);
        return Map.of("budgets", jdbi.withHandle(handle -> budgets.ofTenant(handle, caller.tenantId()).stream()
                .map(budget -> evaluator.status(handle, budget)).toList()));
    }

    @PUT
    @Path("budgets")
    public BudgetStatus putOrganisation(@Auth Caller caller, BudgetRequest request) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return put(caller, null, request);
    }

    @DELETE
    @Path("budgets")
    public Response deleteOrganisation(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.BILLING_MANAGE);
        return delete(caller, null);
    }

    @GET
    @Path("workspaces/{workspace}/budget")
    public BudgetStatus getWorkspace(@Auth Caller caller, @PathParam("workspace") String workspaceId) {
        requireWorkspace(caller, workspaceId, Permission.BILLING_READ);
        return jdbi.withHandle(handle -> budgets.find(handle, caller.tenantId(), workspaceId)
                .map(budget -> evaluator.status(handle, budget)))
                .orElseThrow(() -> new NotFoundException("workspace " + workspaceId + " has no budget"));
    }

    @PUT
    @Path("workspaces/{workspace}/budget")
    public BudgetStatus putWorkspace(@Auth Caller caller, @PathParam("workspace") String workspaceId,
            BudgetRequest request) {
        requireWorkspace(caller, workspaceId, Permission.BILLING_MANAGE);
        return put(caller, workspaceId, request);
    }

    @DELETE
    @Path("workspaces/{workspace}/budget")
    public Response deleteWorkspace(@Auth Caller caller, @PathParam("workspace") String workspaceId) {
        requireWorkspace(caller, workspaceId, Permission.BILLING_MANAGE);
        return delete(caller, workspaceId);
    }

    private BudgetStatus put(Caller caller, String workspaceId, BudgetRequest request) {
        List<String> problems = BudgetValidator.problems(request, workspaceId != null);
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException(problems);
        }
        boolean money = Budget.MONEY.equals(request.unit());
        Budget budget = new Budget(caller.tenantId(), workspaceId, request.unit(),
                (money ? request.amount().setScale(2) : request.amount().setScale(0)).toPlainString(),
                money ? request.currency() : null, BudgetValidator.thresholds(request),
                Boolean.TRUE.equals(request.hardCap()), clock.instant());
        jdbi.useTransaction(handle -> {
            Budget before = budgets.find(handle, caller.tenantId(), workspaceId).orElse(null);
            budgets.put(handle, budget);
            audit.record(handle, caller, "budget.put", "budget", target(workspaceId), before, budget);
        });
        return evaluator.evaluate(caller.tenantId(), workspaceId)
                .orElseGet(() -> jdbi.withHandle(handle -> evaluator.status(handle, budget)));
    }

    private Response delete(Caller caller, String workspaceId) {
        boolean deleted = jdbi.inTransaction(handle -> {
            Budget before = budgets.find(handle, caller.tenantId(), workspaceId).orElse(null);
            if (before == null) {
                return false;
            }
            budgets.delete(handle, caller.tenantId(), workspaceId);
            audit.record(handle, caller, "budget.delete", "budget", target(workspaceId), before, null);
            return true;
        });
        if (!deleted) {
            throw new NotFoundException("no budget there");
        }
        evaluator.evaluate(caller.tenantId(), workspaceId);
        return Response.noContent().build();
    }

    private void requireWorkspace(Caller caller, String workspaceId, Permission permission) {
        boolean exists = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM workspaces WHERE tenant_id = :tenant AND id = :id)")
                .bind("tenant", caller.tenantId()).bind("id", workspaceId).mapTo(Boolean.class).one());
        if (!exists) {
            AccessGuard.require(caller, Permission.BILLING_READ);
            throw new NotFoundException("no workspace " + workspaceId);
        }
        AccessGuard.require(caller, permission, workspaceId);
    }

    private static String target(String workspaceId) {
        return workspaceId == null ? "organisation" : workspaceId;
    }
}
