package com.penguinmails.operational.warmup;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/workspaces/{workspaceId}/warmup}: warm-up schedules of the workspace's IPs and mailboxes and their per-day
 * limits. Reads need {@link Permission#INFRASTRUCTURE_READ}, changes {@link Permission#INFRASTRUCTURE_MANAGE}, in the
 * workspace; another tenant's workspace or schedule is 404.
 */
@Path("/v1/workspaces/{workspaceId}/warmup")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WarmupResource {

    private final WarmupSchedules schedules;

    public WarmupResource(WarmupSchedules schedules) {
        this.schedules = schedules;
    }

    @POST
    @Path("/schedules")
    public Response create(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @NotNull @Valid CreateWarmupScheduleRequest request) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return Response.status(Response.Status.CREATED).entity(schedules.create(caller, workspaceId, request)).build();
    }

    @GET
    @Path("/schedules")
    public Map<String, List<WarmupScheduleView>> list(@Auth Caller caller,
            @PathParam("workspaceId") String workspaceId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return Map.of("schedules", schedules.list(caller, workspaceId));
    }

    @GET
    @Path("/schedules/{scheduleId}")
    public WarmupScheduleView get(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("scheduleId") String scheduleId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        return schedules.get(caller, workspaceId, scheduleId);
    }

    @POST
    @Path("/schedules/{scheduleId}/pause")
    public WarmupScheduleView pause(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("scheduleId") String scheduleId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return schedules.pause(caller, workspaceId, scheduleId);
    }

    @POST
    @Path("/schedules/{scheduleId}/resume")
    public WarmupScheduleView resume(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("scheduleId") String scheduleId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        return schedules.resume(caller, workspaceId, scheduleId);
    }

    @DELETE
    @Path("/schedules/{scheduleId}")
    public Response delete(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @PathParam("scheduleId") String scheduleId) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_MANAGE);
        schedules.delete(caller, workspaceId, scheduleId);
        return Response.noContent().build();
    }

    /** Every schedule's limit on {@code date} (ISO date, UTC; default today). */
    @GET
    @Path("/limits")
    public Map<String, Object> limits(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @QueryParam("date") String date) {
        allow(caller, workspaceId, Permission.INFRASTRUCTURE_READ);
        LocalDate day = date(date, schedules);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", day);
        answer.put("limits", schedules.limits(caller.tenantId(), workspaceId, day));
        return answer;
    }

    /** The ISO date in {@code text}, today when absent; 422 otherwise. */
    static LocalDate date(String text, WarmupSchedules schedules) {
        if (text == null || text.isBlank()) {
            return schedules.today();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnprocessableEntityException("date must be an ISO date like 2026-11-26");
        }
    }

    private void allow(Caller caller, String workspaceId, Permission permission) {
        if (!schedules.workspaceExists(caller, workspaceId)) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, permission, workspaceId);
    }
}
