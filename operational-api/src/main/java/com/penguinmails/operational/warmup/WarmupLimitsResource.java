package com.penguinmails.operational.warmup;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /internal/v1/warmup/limits?tenant_id=&workspace_id=&date=}: the sending side's read of warm-up limits
 * with a service token ({@link Permission#INTERNAL_READ}); {@code workspace_id} optional (all of the tenant's).
 */
@Path("/internal/v1/warmup/limits")
@Produces(MediaType.APPLICATION_JSON)
public final class WarmupLimitsResource {

    private final WarmupSchedules schedules;

    public WarmupLimitsResource(WarmupSchedules schedules) {
        this.schedules = schedules;
    }

    @GET
    public Map<String, Object> limits(@Auth Caller caller, @QueryParam("tenant_id") String tenantId,
            @QueryParam("workspace_id") String workspaceId, @QueryParam("date") String date) {
        AccessGuard.require(caller, Permission.INTERNAL_READ);
        if (tenantId == null || tenantId.isBlank()) {
            throw new UnprocessableEntityException("tenant_id is required");
        }
        LocalDate day = WarmupResource.date(date, schedules);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("tenant_id", tenantId);
        answer.put("date", day);
        answer.put("limits", schedules.limits(tenantId, workspaceId, day));
        return answer;
    }
}
