package com.penguinmails.operational.health;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/workspaces/{workspaceId}/health}: the current health of a workspace's sending infrastructure with trends,
 * and the results history. Needs {@link Permission#INFRASTRUCTURE_READ} in the workspace; another tenant's workspace
 * is 404.
 */
@Path("/v1/workspaces/{workspaceId}/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private static final int MAX_LIMIT = 1000;

    private final Jdbi jdbi;
    private final HealthCheckDao dao = new HealthCheckDao();
    private final Clock clock;

    public HealthResource(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Every check with its status, last change, pass rates and certificate expiry trend, and counts per status. */
    @GET
    public Map<String, Object> current(@Auth Caller caller, @PathParam("workspaceId") String workspaceId) {
        allow(caller, workspaceId);
        List<HealthTrend> checks = jdbi.withHandle(handle ->
                dao.trends(handle, caller.tenantId(), workspaceId, clock.instant()));
        Map<String, Long> summary = new LinkedHashMap<>();
        for (CheckStatus status : CheckStatus.values()) {
            summary.put(status.wire(), checks.stream().filter(check -> check.status() == status).count());
        }
        summary.put("pending", checks.stream().filter(check -> check.status() == null).count());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workspace_id", workspaceId);
        answer.put("summary", summary);
        answer.put("checks", checks);
        return answer;
    }

    /** Results newest first; {@code check}, {@code target}, {@code from} (default 7 days ago), {@code to}, {@code limit}. */
    @GET
    @Path("/history")
    public Map<String, Object> history(@Auth Caller caller, @PathParam("workspaceId") String workspaceId,
            @QueryParam("check") String check, @QueryParam("target") String target, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") Integer limit) {
        allow(caller, workspaceId);
        Optional<CheckKind> kind;
        try {
            kind = Optional.ofNullable(check).map(CheckKind::fromWire);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEntityException("check must be one of smtp, tls_certificate, reverse_dns, dnsbl_ip,"
                    + " dnsbl_domain");
        }
        Instant end = instant("to", to).orElse(clock.instant().plusSeconds(1));
        Instant start = instant("from", from).orElse(end.minus(Duration.ofDays(7)));
        int rows = limit == null ? 100 : limit;
        if (rows < 1 || rows > MAX_LIMIT) {
            throw new UnprocessableEntityException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (!start.isBefore(end)) {
            throw new UnprocessableEntityException("from must be before to");
        }
        List<HealthResultView> results = jdbi.withHandle(handle -> dao.history(handle, caller.tenantId(),
                workspaceId, kind, Optional.ofNullable(target), start, end, rows));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", start);
        answer.put("to", end);
        answer.put("results", results);
        return answer;
    }

    private static Optional<Instant> instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new UnprocessableEntityException(field + " must be an ISO-8601 instant like 2026-11-25T10:00:00Z");
        }
    }

    private void allow(Caller caller, String workspaceId) {
        if (!jdbi.withHandle(handle -> dao.workspaceExists(handle, caller.tenantId(), workspaceId))) {
            throw new NotFoundException("no such workspace");
        }
        AccessGuard.require(caller, Permission.INFRASTRUCTURE_READ, workspaceId);
    }
}
