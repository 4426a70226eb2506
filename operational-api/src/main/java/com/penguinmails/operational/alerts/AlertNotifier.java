package com.penguinmails.operational.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.penguinmails.operational.notifications.Delivery;
import com.penguinmails.operational.notifications.DeliveryQueue;
import com.penguinmails.operational.notifications.DeliveryRequest;
import com.penguinmails.operational.notifications.NotificationChannel;
import com.penguinmails.operational.notifications.NotificationChannelDao;
import com.penguinmails.operational.notifications.NotificationEnvelope;
import com.penguinmails.operational.webhooks.WebhookEndpointDao;
import com.penguinmails.operational.webhooks.WebhookEventTypes;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the alert records of topic {@code alerts} (stream-jobs/ALERTS.md) into deliveries: to the channels of the
 * alert's rule (for {@code auto_pause} alerts, the tenant's channels flagged {@code health_alerts}), and to the
 * tenant's webhook endpoints subscribed to {@code alert.fired} / {@code alert.resolved}. A delivery is keyed by
 * (target, alert id, state), so an endpoint reached both ways and a record consumed twice notify once. One
 * transaction per polled batch; alerts of a rule that no longer exists go to the subscribed endpoints only.
 */
public final class AlertNotifier implements Consumer<ConsumerRecords<byte[], byte[]>> {

    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String AUTO_PAUSE = "auto_pause";
    // Health checks' alerts (operational-api SENDING-HEALTH.md) belong to no rule either.
    private static final String HEALTH_PREFIX = "health.";

    private final Jdbi jdbi;
    private final NotificationChannelDao channels;
    private final WebhookEndpointDao endpoints;
    private final DeliveryQueue queue;
    private final Runnable onEnqueue;
    private final Clock clock;

    /** @param onEnqueue called after deliveries were enqueued (wakes the delivery worker) */
    public AlertNotifier(Jdbi jdbi, NotificationChannelDao channels, WebhookEndpointDao endpoints, DeliveryQueue queue,
            Runnable onEnqueue, Clock clock) {
        this.jdbi = jdbi;
        this.channels = channels;
        this.endpoints = endpoints;
        this.queue = queue;
        this.onEnqueue = onEnqueue;
        this.clock = clock;
    }

    @Override
    public void accept(ConsumerRecords<byte[], byte[]> records) {
        int enqueued = jdbi.inTransaction(handle -> {
            int count = 0;
            for (ConsumerRecord<byte[], byte[]> record : records) {
                JsonNode alert = alert(record);
                if (alert != null) {
                    count += notify(handle, alert);
                }
            }
            return count;
        });
        if (enqueued > 0) {
            onEnqueue.run();
        }
    }

    /** Enqueues the deliveries of one alert; returns how many were new. */
    int notify(Handle handle, JsonNode alert) {
        String tenantId = alert.path("tenant_id").asText();
        String ruleId = alert.path("rule_id").asText();
        String state = alert.path("state").asText();
        String type = WebhookEventTypes.ofAlertState(state);
        String dedupKey = "alert:" + alert.path("alert_id").asText() + ":" + state;
        Instant now = clock.instant();
        List<NotificationChannel> targets = AUTO_PAUSE.equals(ruleId) || ruleId.startsWith(HEALTH_PREFIX)
                ? channels.forHealthAlerts(handle, tenantId) : channels.ofRule(handle, tenantId, ruleId);
        int count = 0;
        for (NotificationChannel channel : targets) {
            switch (channel.type()) {
                case "webhook" -> count += enqueue(handle, now,
                        id -> DeliveryRequest.webhook(id, tenantId, channel.webhookId(), channel.id(), type, dedupKey,
                                envelope(id, type, now, tenantId, alert)));
                case "email" -> count += enqueue(handle, now,
                        id -> new DeliveryRequest(id, tenantId, Delivery.EMAIL, "channel:" + channel.id(), null,
                                channel.id(), channel.emailAddresses(), type, dedupKey,
                                envelope(id, type, now, tenantId, alert)));
                default -> {
                    for (String number : channel.phoneNumbers()) {
                        count += enqueue(handle, now,
                                id -> new DeliveryRequest(id, tenantId, Delivery.SMS,
                                        "channel:" + channel.id() + ":" + number, null, channel.id(), List.of(number),
                                        type, dedupKey, envelope(id, type, now, tenantId, alert)));
                    }
                }
            }
        }
        for (WebhookEndpointDao.Subscription subscription
                : endpoints.subscriptions(handle, List.of(tenantId), List.of(type))) {
            count += enqueue(handle, now,
                    id -> DeliveryRequest.webhook(id, tenantId, subscription.endpointId(), null, type, dedupKey,
                            envelope(id, type, now, tenantId, alert)));
        }
        return count;
    }

    private int enqueue(Handle handle, Instant now, Function<String, DeliveryRequest> request) {
        return queue.enqueue(handle, request.apply("dl-" + UUID.randomUUID()), now) ? 1 : 0;
    }

    private static String envelope(String id, String type, Instant now, String tenantId, JsonNode alert) {
        return NotificationEnvelope.json(id, type, now, tenantId, alert);
    }

    private static JsonNode alert(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            JsonNode alert = MAPPER.readTree(record.value());
            if (alert != null && alert.isObject() && alert.hasNonNull("alert_id") && alert.hasNonNull("tenant_id")
                    && alert.hasNonNull("rule_id") && alert.hasNonNull("state")) {
                return alert;
            }
        } catch (IOException e) {
            // logged below with the record's position
        }
        LOG.warn("skipping an unreadable alert record at {}-{}@{}", record.topic(), record.partition(),
                record.offset());
        return null;
    }
}
