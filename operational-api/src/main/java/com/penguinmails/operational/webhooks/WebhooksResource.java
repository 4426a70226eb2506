package com.penguinmails.operational.webhooks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.operational.access.AccessGuard;
import com.penguinmails.operational.access.Caller;
import com.penguinmails.operational.access.Permission;
import com.penguinmails.operational.access.UnprocessableEntityException;
import com.penguinmails.operational.audit.AuditTrail;
import com.penguinmails.operational.notifications.Delivery;
import com.penguinmails.operational.notifications.DeliveryQueue;
import com.penguinmails.operational.notifications.DeliveryRequest;
import com.penguinmails.operational.notifications.NotificationEnvelope;
import com.penguinmails.operational.secrets.SecretSealer;
import com.penguinmails.operational.notifications.WorkspaceScope;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /v1/webhooks}: customers' webhook endpoints (CRUD; the signing secret is shown once, at creation), each
 * endpoint's delivery log, a "send test event" action and the retry of a parked delivery.
 */
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class WebhooksResource {

    static final String TARGET_TYPE = "webhook";
    static final int MAX_DESCRIPTION_LENGTH = 500;
    static final int MAX_LOG_ENTRIES = 500;

    private final Jdbi jdbi;
    private final WebhookEndpointDao endpoints;
    private final DeliveryQueue queue;
    private final SecretSealer sealer;
    private final WebhookTargetPolicy policy;
    private final AuditTrail audit;
    private final Runnable onEnqueue;
    private final Clock clock;

    /** @param onEnqueue called after a delivery was enqueued (wakes the delivery worker) */
    public WebhooksResource(Jdbi jdbi, WebhookEndpointDao endpoints, DeliveryQueue queue, SecretSealer sealer,
            WebhookTargetPolicy policy, AuditTrail audit, Runnable onEnqueue, Clock clock) {
        this.jdbi = jdbi;
        this.endpoints = endpoints;
        this.queue = queue;
        this.sealer = sealer;
        this.policy = policy;
        this.audit = audit;
        this.onEnqueue = onEnqueue;
        this.clock = clock;
    }

    @POST
    public Response create(@Auth Caller caller, WebhookRequest request) {
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request);
        Instant now = now();
        String id = "wh-" + UUID.randomUUID();
        WebhookEndpoint endpoint = new WebhookEndpoint(id, caller.tenantId(), request.workspaceId(), request.url(),
                request.description() == null ? "" : request.description(), distinct(request.eventTypes()),
                request.enabled() == null || request.enabled(), null, now, now, null);
        String secret = WebhookSecrets.generate();
        byte[] sealed = sealer.seal(secret.getBytes(StandardCharsets.UTF_8), WebhookSecrets.context(id));
        jdbi.useTransaction(handle -> {
            WorkspaceScope.requireOwned(handle, caller, endpoint.workspaceId());
            endpoints.insert(handle, endpoint, sealed);
            audit.record(handle, caller, "webhook.create", TARGET_TYPE, id, null, endpoint);
        });
        return Response.created(UriBuilder.fromResource(WebhooksResource.class).path(id).build())
                .entity(endpoint.withSecret(secret)).build();
    }

    @GET
    public Map<String, List<WebhookEndpoint>> list(@Auth Caller caller) {
        AccessGuard.require(caller, Permission.WEBHOOKS_READ, WorkspaceScope.anyAllowing(caller, Permission.WEBHOOKS_READ));
        List<WebhookEndpoint> visible = new ArrayList<>();
        for (WebhookEndpoint endpoint : jdbi.withHandle(handle -> endpoints.list(handle, caller.tenantId()))) {
            if (AccessGuard.allows(caller, Permission.WEBHOOKS_READ, endpoint.workspaceId())) {
                visible.add(endpoint);
            }
        }
        return Map.of("webhooks", visible);
    }

    @GET
    @Path("{id}")
    public WebhookEndpoint get(@Auth Caller caller, @PathParam("id") String id) {
        return readable(caller, id);
    }

    @PUT
    @Path("{id}")
    public WebhookEndpoint replace(@Auth Caller caller, @PathParam("id") String id, WebhookRequest request) {
        WebhookEndpoint before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, before.workspaceId());
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, request == null ? null : request.workspaceId());
        checkValid(request);
        boolean enabled = request.enabled() == null ? before.enabled() : request.enabled();
        WebhookEndpoint after = new WebhookEndpoint(id, caller.tenantId(), request.workspaceId(), request.url(),
                request.description() == null ? "" : request.description(), distinct(request.eventTypes()), enabled,
                enabled ? null : before.disabledReason(), before.createdAt(), now(), null);
        jdbi.useTransaction(handle -> {
            WebhookEndpoint current = existing(handle, caller, id);
            WorkspaceScope.requireOwned(handle, caller, after.workspaceId());
            endpoints.update(handle, after);
            audit.record(handle, caller, "webhook.update", TARGET_TYPE, id, current, after);
        });
        return after;
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Auth Caller caller, @PathParam("id") String id) {
        WebhookEndpoint before = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, before.workspaceId());
        jdbi.useTransaction(handle -> {
            WebhookEndpoint current = existing(handle, caller, id);
            endpoints.delete(handle, caller.tenantId(), id);
            audit.record(handle, caller, "webhook.delete", TARGET_TYPE, id, current, null);
        });
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Map<String, List<Delivery>> deliveries(@Auth Caller caller, @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        readable(caller, id);
        if (limit < 1 || limit > MAX_LOG_ENTRIES) {
            throw new UnprocessableEntityException(List.of("limit must be between 1 and " + MAX_LOG_ENTRIES));
        }
        return Map.of("deliveries", queue.forEndpoint(caller.tenantId(), id, limit));
    }

    @POST
    @Path("{id}/test")
    public Response sendTest(@Auth Caller caller, @PathParam("id") String id) {
        WebhookEndpoint endpoint = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, endpoint.workspaceId());
        Instant now = now();
        String deliveryId = "dl-" + UUID.randomUUID();
        ObjectNode data = JsonNodeFactory.instance.objectNode()
                .put("message", "A test event sent from the PenguinMails API.")
                .put("webhook_id", id);
        DeliveryRequest request = DeliveryRequest.webhook(deliveryId, caller.tenantId(), id, null,
                WebhookEventTypes.TEST, "test:" + deliveryId,
                NotificationEnvelope.json(deliveryId, WebhookEventTypes.TEST, now, caller.tenantId(), data));
        Delivery delivery = jdbi.inTransaction(handle -> {
            queue.enqueue(handle, request, now);
            audit.record(handle, caller, "webhook.test", TARGET_TYPE, id, null, Map.of("delivery_id", deliveryId));
            return queue.find(handle, caller.tenantId(), id, deliveryId).orElseThrow();
        });
        onEnqueue.run();
        return Response.accepted(delivery).build();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    public Response retry(@Auth Caller caller, @PathParam("id") String id,
            @PathParam("deliveryId") String deliveryId) {
        WebhookEndpoint endpoint = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WEBHOOKS_MANAGE, endpoint.workspaceId());
        Delivery requeued = jdbi.inTransaction(handle -> {
            Delivery before = queue.find(handle, caller.tenantId(), id, deliveryId)
                    .orElseThrow(() -> new NotFoundException("no delivery " + deliveryId));
            if (!"parked".equals(before.status())) {
                throw new ClientErrorException("only a parked delivery can be retried; this one is "
                        + before.status(), Response.Status.CONFLICT);
            }
            queue.requeue(handle, deliveryId, now());
            Delivery after = queue.find(handle, caller.tenantId(), id, deliveryId).orElseThrow();
            audit.record(handle, caller, "webhook_delivery.retry", "webhook_delivery", deliveryId, before, after);
            return after;
        });
        onEnqueue.run();
        return Response.accepted(requeued).build();
    }

    private WebhookEndpoint readable(Caller caller, String id) {
        WebhookEndpoint endpoint = jdbi.withHandle(handle -> existing(handle, caller, id));
        AccessGuard.require(caller, Permission.WEBHOOKS_READ, endpoint.workspaceId());
        return endpoint;
    }

    private void checkValid(WebhookRequest request) {
        List<String> problems = new ArrayList<>();
        if (request == null) {
            throw new UnprocessableEntityException(List.of("body must be a JSON object"));
        }
        policy.refusal(request.url()).ifPresent(problems::add);
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION_LENGTH) {
            problems.add("description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (request.eventTypes() == null || request.eventTypes().isEmpty()) {
            problems.add("event_types must name at least one of " + WebhookEventTypes.ALL);
        } else if (!WebhookEventTypes.ALL.containsAll(request.eventTypes())) {
            problems.add("event_types must each be one of " + WebhookEventTypes.ALL);
        }
        if (request.workspaceId() != null && request.workspaceId().isBlank()) {
            problems.add("workspace_id must be non-empty when given");
        }
        if (!problems.isEmpty()) {
            throw new UnprocessableEntityException(problems);
        }
    }

    private WebhookEndpoint existing(Handle handle, Caller caller, String id) {
        return endpoints.find(handle, caller.tenantId(), id)
                .orElseThrow(() -> new NotFoundException("no webhook " + id));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

}
