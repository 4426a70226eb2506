package com.penguinmails.operational.budgets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.penguinmails.operational.notifications.Delivery;
import com.penguinmails.operational.notifications.DeliveryQueue;
import com.penguinmails.operational.notifications.DeliveryRequest;
import com.penguinmails.operational.notifications.NotificationChannel;
import com.penguinmails.operational.notifications.NotificationChannelDao;
import com.penguinmails.operational.notifications.NotificationEnvelope;
import com.penguinmails.operational.webhooks.WebhookEventTypes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Notifies a reached budget threshold through the existing notification machinery: an alert-shaped record (rule
 * {@code budget}, state {@code fired}; the fields of stream-jobs/ALERTS.md that {@code AlertText} renders) is enqueued
 * on the {@link DeliveryQueue} for each of the organisation's channels flagged {@code health_alerts} (email, SMS or
 * webhook), in the caller's transaction. The delivery worker sends them with its retries.
 */
public final class BudgetNotifications {

    /** The rule id budget alerts carry. */
    public static final String RULE_ID = "budget";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DeliveryQueue queue;
    private final NotificationChannelDao channels = new NotificationChannelDao();

    public BudgetNotifications(DeliveryQueue queue) {
        this.queue = queue;
    }

    /** Enqueues the notification of {@code threshold} for {@code budget}; returns how many deliveries were new. */
    public int thresholdReached(Handle handle, Budget budget, BudgetMonth month, int threshold, BigDecimal used,
            BigDecimal usedPercent, Instant now) {
        String alertId = "budget:" + budget.tenantId() + ":" + budget.scopeKind() + ":"
                + (budget.workspaceId() == null ? "" : budget.workspaceId()) + ":" + month.start() + ":" + threshold;
        ObjectNode alert = MAPPER.createObjectNode()
                .put("alert_id", alertId)
                .put("tenant_id", budget.tenantId())
                .put("rule_id", RULE_ID)
                .put("rule_name", "Monthly budget " + threshold + "%")
                .put("state", "fired")
                .put("metric", "budget_used_percent")
                .put("value", usedPercent)
                .put("threshold", threshold)
                .put("comparison", "at or above")
                .put("scope_kind", budget.scopeKind())
                .put("scope_value", budget.workspaceId() == null ? budget.tenantId() : budget.workspaceId())
                .put("window", month.start() + "/" + month.end())
                .put("volume", Budget.EMAILS.equals(budget.unit()) ? used.longValue() : 0)
                .put("fired_at", now.toString())
                .put("detail", used.toPlainString() + " of " + budget.amount() + " "
                        + (Budget.EMAILS.equals(budget.unit()) ? "emails" : budget.currency()) + " used"
                        + (budget.hardCap() && threshold >= 100 ? "; sending is held until the budget is raised or "
                        + "the month ends" : ""));
        String type = WebhookEventTypes.ALERT_FIRED;
        String dedupKey = "alert:" + alertId + ":fired";
        int count = 0;
        List<NotificationChannel> targets = channels.forHealthAlerts(handle, budget.tenantId());
        for (NotificationChannel channel : targets) {
            switch (channel.type()) {
                case "webhook" -> count += enqueue(handle, now, id -> DeliveryRequest.webhook(id, budget.tenantId(),
                        channel.webhookId(), channel.id(), type, dedupKey, envelope(id, type, now, alert)));
                case "email" -> count += enqueue(handle, now, id -> new DeliveryRequest(id, budget.tenantId(),
                        Delivery.EMAIL, "channel:" + channel.id(), null, channel.id(), channel.emailAddresses(), type,
                        dedupKey, envelope(id, type, now, alert)));
                default -> {
                    for (String number : channel.phoneNumbers()) {
                        count += enqueue(handle, now, id -> new DeliveryRequest(id, budget.tenantId(), Delivery.SMS,
                                "channel:" + channel.id() + ":" + number, null, channel.id(), List.of(number), type,
                                dedupKey, envelope(id, type, now, alert)));
                    }
                }
            }
        }
        return count;
    }

    private int enqueue(Handle handle, Instant now, Function<String, DeliveryRequest> request) {
        return queue.enqueue(handle, request.apply("dl-" + UUID.randomUUID()), now) ? 1 : 0;
    }

    private static String envelope(String id, String type, Instant now, ObjectNode alert) {
        return NotificationEnvelope.json(id, type, now, alert.get("tenant_id").asText(), alert);
    }
}
