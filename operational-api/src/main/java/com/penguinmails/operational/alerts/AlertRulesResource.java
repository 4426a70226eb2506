package com.penguinmails.operational.alerts;

import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.notifications.WorkspaceScope;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/alert-rules}: create, read, replace and delete the organisation's alert rules. Every change is stored,
 * audited and appended to the outbox in one transaction; {@link AlertRulePublisher} then publishes it to
 * {@code control.alert-rules}, where the stream job picks it up.
 */
@Path("/v1/alert-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AlertRulesResource {

    static final String TARGET_TYPE = "alert_rule";

    private final Jdbi jdbi;
    private final AlertRuleDao rules;
    private final AlertRuleOutbox outbox;
    private final AuditTrail audit;
    private final Runnable onChange;
    private final Clock clock;
    private final AlertRuleValidator validator = new AlertRuleValidator();

    /**
     * @param onChange called after a change committed (wakes the publisher)
     */
    public AlertRulesResource(Jdbi jdbi, AlertRuleDao rules, AlertRuleOutbox outbox, AuditTrail audit,
            Runnable onChange, Clock clock) {
        this.jdbi = jdbi;
        this.rules = rules;
        this.outbox = outbox;
        this.audit = audit;
        this.onChange = onChange;
        this.clock = clock;
    }

    @POST
    public Response create(@Auth Caller caller, AlertRuleRequest request) {
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request, caller);
        Instant now = now();
        AlertRule rule = validator.toRule("ar-" + UUID.randomUUID(), caller.tenantId(), request, now, now);
        jdbi.useTransaction(handle -> {
            WorkspaceScope.requireOwned(handle, caller, rule.workspaceId());
            checkChannels(handle, caller, rule);
            rules.insert(handle, rule);
            outbox.append(handle, rule.id(), AlertRuleRecord.json(rule));
            audit.record(handle, caller, "alert_rule.create", TARGET_TYPE, rule.id(), null, rule);
        });
        onChange.run();
        return Response.created(UriBuilder.fromResource(AlertRulesResource.class).path(rule.id()).build())
                .entity(rule).build();
    }

    @GET
    public Map<String, List<AlertRule>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.ALERTS_READ, WorkspaceScope.anyAllowing(caller, Permission.ALERTS_READ));
        List<AlertRule> visible = new ArrayList<>();
        for (AlertRule rule : jdbi.withHandle(handle -> rules.list(handle, caller.tenantId()))) {
            if (AccessGuard.allows(caller, Permission.ALERTS_READ, rule.workspaceId())) {
                visible.add(rule);
            }
        }
        return Map.of("alert_rules", visible);
    }

    @GET
    @Path("{id}")
    public AlertRule get(@Auth Caller caller, @PathParam("id") String id) {
        AlertRule rule = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_READ, rule.workspaceId());
        return rule;
    }

    @PUT
    @Path("{id}")
    public AlertRule replace(@Auth Caller caller, @PathParam("id") String id, AlertRuleRequest request) {
        AlertRule before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, before.workspaceId());
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request, caller);
        AlertRule after = validator.toRule(id, caller.tenantId(), request, before.createdAt(), now());
        jdbi.useTransaction(handle -> {
            AlertRule current = existing(handle, caller, id);
            WorkspaceScope.requireOwned(handle, caller, after.workspaceId());
            checkChannels(handle, caller, after);
            rules.update(handle, after);
            outbox.append(handle, id, AlertRuleRecord.json(after));
            audit.record(handle, caller, "alert_rule.update", TARGET_TYPE, id, current, after);
        });
        onChange.run();
        return after;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Auth Caller caller, @PathParam("id") String id) {
        AlertRule before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, before.workspaceId());
        jdbi.useTransaction(handle -> {
            AlertRule current = existing(handle, caller, id);
            rules.delete(handle, caller.tenantId(), id);
            outbox.append(handle, id, null);
            audit.record(handle, caller, "alert_rule.delete", TARGET_TYPE, id, current, null);
        });
        onChange.run();
        return Response.noContent().build();
    }

    private void checkValid(AlertRuleRequest request, Caller caller) {
        List<String> problems = validator.problems(request, caller.tenantId());
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException(problems);
        }
    }

    private void checkChannels(Handle handle, Caller caller, AlertRule rule) {
        List<String> unknown = rules.unknownChannels(handle, caller.tenantId(), rule.channels());
        if (!unknown.isEmpty()) {
            throw new UnprocessableEntityException(List.of("channels has unknown notification channels " + unknown));
        }
    }

    private AlertRule existing(Handle handle, Caller caller, String id) {
        return rules.find(handle, caller.tenantId(), id)
                .orElseThrow(() -> new NotFoundException("no alert rule " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

}
