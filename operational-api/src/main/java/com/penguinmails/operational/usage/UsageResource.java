package com.penguinmails.operational.usage;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.billing.BillingAccount;
import com.penguinmails.operational.billing.BillingAccounts;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /v1/usage?period=current|previous[&workspace_id=]}: the organisation's emails sent in a billing period,
 * per workspace and in all, against the plan's included volume, with the projection to the period's end and the
 * overage's estimated cost. {@link Permission#BILLING_READ} organisation-wide, or in the asked workspace.
 */
@Path("/v1/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class UsageResource {

    private final Jdbi jdbi;
    private final BillingAccounts accounts;
    private final UsageMeter meter;
    private final UsageReportDao reports = new UsageReportDao();
    private final Clock clock;

    public UsageResource(Jdbi jdbi, BillingAccounts accounts, UsageMeter meter, Clock clock) {
        this.jdbi = jdbi;
        this.accounts = accounts;
        this.meter = meter;
        this.clock = clock;
    }

    @GET
    public UsageView usage(@Auth Caller caller, @QueryParam("period") @DefaultValue("current") String period,
            @QueryParam("workspace_id") String workspaceId) {
        if (!UsagePeriods.CURRENT.equals(period) && !UsagePeriods.PREVIOUS.equals(period)) {
            throw new UnprocessableEntityException("period must be current or previous");
        }
        if (workspaceId != null && !workspaceExists(caller.tenantId(), workspaceId)) {
            AccessGuard.require(caller, Permission.BILLING_READ);
            throw new NotFoundException("no workspace " + workspaceId);
        }
        AccessGuard.require(caller, Permission.BILLING_READ, workspaceId);
        BillingAccount account = jdbi.withHandle(handle -> accounts.find(handle, caller.tenantId()))
                .orElseThrow(() -> new NotFoundException("the organisation has no subscription"));
        Instant start = UsagePeriods.start(account, period);
        Instant end = UsagePeriods.end(account, period);
        Instant now = clock.instant();
        Map<String, Long> perWorkspace = meter.sentPerWorkspace(caller.tenantId(), start,
                now.isBefore(end) ? now : end);
        long sent = perWorkspace.values().stream().mapToLong(Long::longValue).sum();
        long projected = UsageProjection.projected(sent, start, end, now);
        long overage = UsageProjection.overage(sent, account.includedEmails());
        long projectedOverage = UsageProjection.overage(projected, account.includedEmails());
        long reported = jdbi.withHandle(handle -> reports.find(handle, caller.tenantId(), start))
                .map(UsageReportRow::reportedTotal).orElse(0L);
        List<WorkspaceUsage> workspaces = perWorkspace.entrySet().stream()
                .filter(entry -> workspaceId == null || workspaceId.equals(entry.getKey()))
                .map(entry -> new WorkspaceUsage(entry.getKey(), entry.getValue())).toList();
        if (workspaceId != null && workspaces.isEmpty()) {
            workspaces = List.of(new WorkspaceUsage(workspaceId, 0));
        }
        return new UsageView(caller.tenantId(), period, start, end, account.planCode(), account.includedEmails(),
                sent, UsageProjection.progressPercent(sent, account.includedEmails()).toPlainString(), projected,
                overage, projectedOverage, account.currency(), account.overagePricePerThousand().toPlainString(),
                UsageProjection.overageCost(overage, account.overagePricePerThousand()).toPlainString(),
                UsageProjection.overageCost(projectedOverage, account.overagePricePerThousand()).toPlainString(),
                reported, workspaces);
    }

    private boolean workspaceExists(String tenantId, String workspaceId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM workspaces WHERE tenant_id = :tenant AND id = :id)")
                .bind("tenant", tenantId).bind("id", workspaceId).mapTo(Boolean.class).one());
    }
}
