package com.penguinmails.operational.budgets;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Setting and removing budgets for the two budget resources: validated, audited in the change's transaction, and
 * checked at once after it, so raising a budget lifts its hold without waiting for the next round.
 */
public final class BudgetChanges {

    private final Jdbi jdbi;
    private final BudgetDao budgets;
    private final BudgetEvaluator evaluator;
    private final AuditTrail audit;
    private final Clock clock;

    public BudgetChanges(Jdbi jdbi, BudgetDao budgets, BudgetEvaluator evaluator, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.budgets = budgets;
        this.evaluator = evaluator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The budget's status now, or 404. */
    BudgetStatus status(Caller caller, String workspaceId) {
        return jdbi.withHandle(handle -> budgets.find(handle, caller.tenantId(), workspaceId)
                        .map(budget -> evaluator.status(handle, budget)))
                .orElseThrow(() -> new NotFoundException("no budget there"));
    }

    /** Every budget of the caller's organisation with its status. */
    List<BudgetStatus> all(Caller caller) {
        return jdbi.withHandle(handle -> budgets.ofTenant(handle, caller.tenantId()).stream()
                .map(budget -> evaluator.status(handle, budget)).toList());
    }

    /** Sets the budget of the scope ({@code workspaceId} null: the organisation's), then checks it. */
    BudgetStatus put(Caller caller, String workspaceId, BudgetRequest request) {
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

    /** Removes the budget of the scope (404 when there is none), then lifts its hold. */
    Response delete(Caller caller, String workspaceId) {
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

    /** 404 unless the workspace is the caller's organisation's, then 403 unless the caller holds the permission. */
    void requireWorkspace(Caller caller, String workspaceId, Permission permission) {
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
