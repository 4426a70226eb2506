package com.penguinmails.operational.notifications;

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
 * {@code /v1/notification-channels}: where the organisation's alerts go (webhook endpoints, email addresses, phone
 * numbers). Reading needs {@code alerts_read}, changing {@code alerts_manage}; every change is audited.
 */
@Path("/v1/notification-channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class NotificationChannelsResource {

    static final String TARGET_TYPE = "notification_channel";

    private final Jdbi jdbi;
    private final NotificationChannelDao channels;
    private final AuditTrail audit;
    private final Clock clock;
    private final NotificationChannelValidator validator = new NotificationChannelValidator();

    public NotificationChannelsResource(Jdbi jdbi, NotificationChannelDao channels, AuditTrail audit, Clock clock) {
        this.jdbi = jdbi;
        this.channels = channels;
        this.audit = audit;
        this.clock = clock;
    }

    @POST
    public Response create(@Auth Caller caller, NotificationChannelRequest request) {
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request);
        Instant now = now();
        NotificationChannel channel = channel("nc-" + UUID.randomUUID(), caller, request, now, now);
        jdbi.useTransaction(handle -> {
            WorkspaceScope.requireOwned(handle, caller, channel.workspaceId());
            checkWebhook(handle, caller, channel);
            channels.insert(handle, channel);
            audit.record(handle, caller, "notification_channel.create", TARGET_TYPE, channel.id(), null, channel);
        });
        return Response.created(UriBuilder.fromResource(NotificationChannelsResource.class).path(channel.id()).build())
                .entity(channel).build();
    }

    @GET
    public Map<String, List<NotificationChannel>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.ALERTS_READ, WorkspaceScope.anyAllowing(caller, Permission.ALERTS_READ));
        List<NotificationChannel> visible = new ArrayList<>();
        for (NotificationChannel channel : jdbi.withHandle(handle -> channels.list(handle, caller.tenantId()))) {
            if (AccessGuard.allows(caller, Permission.ALERTS_READ, channel.workspaceId())) {
                visible.add(channel);
            }
        }
        return Map.of("notification_channels", visible);
    }

    @GET
    @Path("{id}")
    public NotificationChannel get(@Auth Caller caller, @PathParam("id") String id) {
        NotificationChannel channel = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_READ, channel.workspaceId());
        return channel;
    }

    @PUT
    @Path("{id}")
    public NotificationChannel replace(@Auth Caller caller, @PathParam("id") String id,
            NotificationChannelRequest request) {
        NotificationChannel before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, before.workspaceId());
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request);
        NotificationChannel after = channel(id, caller, request, before.createdAt(), now());
        jdbi.useTransaction(handle -> {
            NotificationChannel current = existing(handle, caller, id);
            WorkspaceScope.requireOwned(handle, caller, after.workspaceId());
            checkWebhook(handle, caller, after);
            channels.update(handle, after);
            audit.record(handle, caller, "notification_channel.update", TARGET_TYPE, id, current, after);
        });
        return after;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Auth Caller caller, @PathParam("id") String id) {
        NotificationChannel before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.ALERTS_MANAGE, before.workspaceId());
        jdbi.useTransaction(handle -> {
            NotificationChannel current = existing(handle, caller, id);
            channels.delete(handle, caller.tenantId(), id);
            audit.record(handle, caller, "notification_channel.delete", TARGET_TYPE, id, current, null);
        });
        return Response.noContent().build();
    }

    private void checkValid(NotificationChannelRequest request) {
        List<String> problems = validator.problems(request);
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException(problems);
        }
    }

    private void checkWebhook(Handle handle, Caller caller, NotificationChannel channel) {
        if (channel.webhookId() != null && !channels.webhookExists(handle, caller.tenantId(), channel.webhookId())) {
            throw new UnprocessableEntityException(List.of("webhook_id names no webhook of your organisation"));
        }
    }

    private NotificationChannel existing(Handle handle, Caller caller, String id) {
        return channels.find(handle, caller.tenantId(), id)
                .orElseThrow(() -> new NotFoundException("no notification channel " + id));
    }

    private static NotificationChannel channel(String id, Caller caller, NotificationChannelRequest request,
            Instant createdAt, Instant updatedAt) {
        return new NotificationChannel(id, caller.tenantId(), request.workspaceId(), request.name(), request.type(),
                request.webhookId(), request.emailAddresses() == null ? List.of() : request.emailAddresses(),
                request.phoneNumbers() == null ? List.of() : request.phoneNumbers(),
                request.healthAlerts() != null && request.healthAlerts(), createdAt, updatedAt);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

}
